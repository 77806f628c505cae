"use client";

import { useTranslations } from "next-intl";
import { RecordBadge } from "@/components/catalog/record-badge";
import { Choice } from "@/components/forms/field";
import type { ConsultationFormProps } from "./consultation-form";
import type { FormSection } from "./form-section";
import text from "@/components/ui/text.module.css";

/** The chosen treatment's records, to tick the ones the attached files cover. */
export function RecordsCovered({ form, treatment }: Pick<FormSection, "form"> & { treatment: ConsultationFormProps["treatments"][number] | undefined }) {
  const t = useTranslations("ConsultationForm");
  if (!treatment || treatment.records.length === 0) return null;
  return (
    <fieldset aria-describedby="records-hint">
      <legend>{t("records", { treatment: treatment.name })}</legend>
      <p id="records-hint" className={text.hint}>
        {t("recordsHint")}
      </p>
      {treatment.records.map((record) => (
        <Choice key={record.key}>
          <input type="checkbox" value={record.key} {...form.register("recordsCovered")} /> {record.name}
          {record.required && <RecordBadge needed>{t("required")}</RecordBadge>}
        </Choice>
      ))}
    </fieldset>
  );
}
