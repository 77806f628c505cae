import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { languageNames, listOf } from "@/lib/i18n/display-names";
import styles from "./facts.module.css";

/** Accreditations and languages spoken, plus any facts the caller adds. */
export function ClinicFacts({
  accreditations,
  languages,
  children,
}: {
  accreditations: string[];
  languages: string[];
  children?: ReactNode;
}) {
  const t = useTranslations("Clinics");
  const locale = useLocale();
  return (
    <dl className={styles.facts}>
      <div>
        <dt>{t("accreditations")}</dt>
        <dd>{accreditations.length > 0 ? listOf(locale, accreditations) : t("noAccreditations")}</dd>
      </div>
      <div>
        <dt>{t("languages")}</dt>
        <dd>{languageNames(locale, languages)}</dd>
      </div>
      {children}
    </dl>
  );
}
