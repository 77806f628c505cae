"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { flushSync } from "react-dom";
import { Choice, Field, FieldError } from "@/components/forms/field";
import type { ConsultationFormProps } from "./consultation-form";
import { RecordsCovered } from "./records-covered";
import styles from "./optional-details.module.css";
import { isMinorAge, type FormSection } from "./form-section";
import field from "@/components/forms/field.module.css";
import text from "@/components/ui/text.module.css";

const detailFields = ["patientAge", "guardianConfirmed", "preferredLanguage", "treatment", "clinic", "doctor", "recordsCovered"] as const;

type DetailsProps = FormSection & Pick<ConsultationFormProps, "locale" | "context" | "treatments" | "clinics" | "doctors" | "languages" | "compact">;

/**
 * Everything the first step can do without, behind "Add details (optional)". Once a detail holds an answer or an
 * error (typed, restored from a draft, refused by a send), the section stays open: nothing entered is ever hidden.
 */
export function OptionalDetails({ form, error, locale, context, treatments, clinics, doctors, languages, compact = false }: DetailsProps) {
  const t = useTranslations("ConsultationForm");
  const [expanded, setExpanded] = useState(false);
  const { register, watch } = form;
  const [patientAge, guardianConfirmed, preferredLanguage, treatment, clinic, doctor, recordsCovered, writerRole] = watch([
    ...detailFields,
    "writerRole",
  ]);
  const used =
    (patientAge !== undefined && patientAge !== "") ||
    Boolean(guardianConfirmed) ||
    preferredLanguage !== locale ||
    treatment !== context.treatment ||
    clinic !== context.clinic ||
    doctor !== context.doctor ||
    (recordsCovered?.length ?? 0) > 0 ||
    detailFields.some((field) => error(field));
  const open = expanded || used;
  const isMinor = isMinorAge(patientAge);
  const interestChoices = compact ? [] : ([["treatment", treatments], ["clinic", clinics], ["doctor", doctors]] as const);

  return (
    <div className={styles.details}>
      {!used && (
        <button
          type="button"
          className={styles.toggle}
          aria-expanded={open}
          aria-controls="optional-details"
          onClick={() => {
            flushSync(() => setExpanded(!expanded));
            if (!expanded) form.setFocus("patientAge");
          }}
        >
          {t("addDetails")}
        </button>
      )}
      <fieldset id="optional-details" hidden={!open}>
        <legend className={used ? undefined : text.visuallyHidden}>{t("details")}</legend>
        <Field id="patientAge" label={t("patientAge")} error={error("patientAge")}>
          {(describedBy, invalid) => (
            <input
              id="patientAge"
              type="number"
              inputMode="numeric"
              min={0}
              max={120}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              {...register("patientAge", { setValueAs: (value: string) => (value === "" ? undefined : Number(value)) })}
            />
          )}
        </Field>
        {isMinor && writerRole === "RELATIVE" && (
          <div className={field.field}>
            <Choice>
              <input type="checkbox" aria-describedby="guardianConfirmed-error" {...register("guardianConfirmed")} /> {t("guardianConfirmed")}
            </Choice>
            <FieldError id="guardianConfirmed-error" error={error("guardianConfirmed")} />
          </div>
        )}
        {languages.length > 0 && (
          <Field id="preferredLanguage" label={t("preferredLanguage")} error={error("preferredLanguage")}>
            {(describedBy) => (
              <select id="preferredLanguage" aria-describedby={describedBy} {...register("preferredLanguage")}>
                {languages.map((language) => (
                  <option key={language.code} value={language.code} lang={language.code}>
                    {language.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {interestChoices.map(([key, options]) => (
          <Field key={key} id={key} label={t(key)} error={error(key)}>
            {(describedBy) => (
              <select id={key} aria-describedby={describedBy} {...register(key, { setValueAs: (value: string) => value || undefined })}>
                <option value="">{t("notSure")}</option>
                {options.map((option) => (
                  <option key={option.slug} value={option.slug}>
                    {option.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
        <RecordsCovered form={form} treatment={treatments.find((option) => option.slug === treatment)} />
      </fieldset>
    </div>
  );
}
