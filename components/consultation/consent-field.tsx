"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import { Choice, FieldError } from "@/components/forms/field";
import styles from "./consultation-form.module.css";
import { isMinorAge, type FormSection } from "./form-section";
import text from "@/components/ui/text.module.css";

/** Consent in the words that fit who is writing; until that is answered, a note asks for it instead of a guess. */
export function ConsentField({ form, error }: FormSection) {
  const t = useTranslations("ConsultationForm");
  const [writerRole, patientAge] = form.watch(["writerRole", "patientAge"]);
  const isMinor = isMinorAge(patientAge);
  const key = !writerRole ? null : isMinor ? "consentGuardian" : writerRole === "PATIENT" ? "consentPatient" : "consentRelative";
  // The privacy notice opens in a new tab, so what was typed here stays on screen.
  const privacy = (chunks: ReactNode) => (
    <Link href="/privacy" target="_blank">
      {chunks}
    </Link>
  );
  const invalid = Boolean(error("consent"));
  return (
    <div className={styles.consent}>
      {key ? (
        <Choice>
          <input type="checkbox" required aria-describedby="consent-error" aria-invalid={invalid} {...form.register("consent")} /> <span>{t.rich(key, { privacy })}</span>
        </Choice>
      ) : (
        <p className={text.hint}>{t("consentChooseRole")}</p>
      )}
      <FieldError id="consent-error" error={error("consent")} />
      <FieldError id="consentVersion-error" error={error("consentVersion")} />
    </div>
  );
}
