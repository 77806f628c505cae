"use client";

import { useTranslations } from "next-intl";
import type { Translation } from "./translated-text";
import { useTranslationStatus } from "./translation-status";
import styles from "./translation-switch.module.css";

/**
 * Which translation the editor shows beside English (none edits the English text alone), each with where it stands:
 * not translated, outdated or up to date, as last saved.
 */
export function TranslationSwitch({ languages, value, onChange }: { languages: NonNullable<Translation>[]; value: Translation; onChange: (translation: Translation) => void }) {
  const t = useTranslations("Admin.catalog");
  const { statusOf } = useTranslationStatus();
  const status = value && statusOf(value.locale);
  return (
    <div className={styles.switch}>
      <label htmlFor="translation">{t("translation")}</label>
      <select id="translation" aria-describedby="translation-hint" value={value?.locale ?? ""} onChange={(event) => onChange(languages.find((language) => language.locale === event.target.value))}>
        <option value="">{t("englishOnly")}</option>
        {languages.map((language) => (
          <option key={language.locale} value={language.locale}>
            {`${language.name} · ${t(`translationState.${statusOf(language.locale).state}`)}`}
          </option>
        ))}
      </select>
      <p id="translation-hint">{t("translationHint")}</p>
      {status && (
        <p className={styles.status} role="status">
          {status.state === "current"
            ? t("translationCurrent", { language: value.name })
            : [
                status.missing.length > 0 && t("translationMissingParts", { count: status.missing.length }),
                status.outdated.length > 0 && t("translationOutdatedTexts", { count: status.outdated.length }),
              ]
                .filter(Boolean)
                .join(" ")}
        </p>
      )}
    </div>
  );
}

/** Above a part of the item with no translation in the locale shown: visitors read its English. */
export function MissingTranslationNote({ block, translation }: { block: string; translation: Translation }) {
  const t = useTranslations("Admin.catalog");
  const { statusOf } = useTranslationStatus();
  if (!translation || !statusOf(translation.locale).missing.includes(block)) return null;
  return <p className={styles.missing}>{t("translationMissing", { language: translation.name })}</p>;
}
