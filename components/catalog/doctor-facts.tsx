import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { languageNames } from "@/lib/i18n/display-names";
import { SpecialtyLabel } from "./specialty-label";
import styles from "./facts.module.css";

/** Specialty and languages spoken, plus any facts the caller adds. */
export function DoctorFacts({
  specialty,
  languages,
  children,
}: {
  specialty: string;
  languages: string[];
  children?: ReactNode;
}) {
  const t = useTranslations("Doctors");
  const locale = useLocale();
  return (
    <dl className={styles.facts}>
      <div>
        <dt>{t("specialty")}</dt>
        <dd>
          <SpecialtyLabel specialty={specialty} />
        </dd>
      </div>
      <div>
        <dt>{t("languages")}</dt>
        <dd>{languageNames(locale, languages)}</dd>
      </div>
      {children}
    </dl>
  );
}
