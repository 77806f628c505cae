"use client";

import { useTranslations } from "next-intl";
import type { Translation } from "./translated-text";
import styles from "./translation-switch.module.css";

/** Which translation the editor shows beside English; none edits the English text alone. */
export function TranslationSwitch({ languages, value, onChange }: { languages: NonNullable<Translation>[]; value: Translation; onChange: (translation: Translation) => void }) {
  const t = useTranslations("Admin.catalog");
  return (
    <div className={styles.switch}>
      <label htmlFor="translation">{t("translation")}</label>
      <select id="translation" aria-describedby="translation-hint" value={value?.locale ?? ""} onChange={(event) => onChange(languages.find((language) => language.locale === event.target.value))}>
        <option value="">{t("englishOnly")}</option>
        {languages.map((language) => (
          <option key={language.locale} value={language.locale}>
            {language.name}
          </option>
        ))}
      </select>
      <p id="translation-hint">{t("translationHint")}</p>
    </div>
  );
}
