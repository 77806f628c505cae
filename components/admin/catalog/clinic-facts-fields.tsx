"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { serviceFeeModels, type ClinicContent } from "@/lib/validation/catalog-content/clinics";
import { EditorField, optionalNumber, optionalText } from "./editor-field";
import { ListInput } from "./list-input";
import { SlugField } from "./slug-field";
import text from "@/components/ui/text.module.css";

/** The clinic's facts: where it is, what vouches for it, the languages spoken, how the service is paid. */
export function ClinicFactsFields() {
  const t = useTranslations("Admin.catalog");
  const { register } = useFormContext<ClinicContent>();
  return (
    <fieldset>
      <legend>{t("facts")}</legend>
      <SlugField section="clinics" />
      <EditorField name="countryCode" label={t("countryCode")}>
        {(describedBy, invalid) => <input id="countryCode" autoComplete="off" {...register("countryCode")} aria-describedby={describedBy} aria-invalid={invalid} />}
      </EditorField>
      <EditorField name="accreditations" label={t("accreditations")} hint={t("accreditationsHint")}>
        {(describedBy, invalid) => <ListInput name="accreditations" separator="line" describedBy={describedBy} invalid={invalid} />}
      </EditorField>
      <EditorField name="languages" label={t("languages")} hint={t("languagesHint")}>
        {(describedBy, invalid) => <ListInput name="languages" separator="comma" describedBy={describedBy} invalid={invalid} />}
      </EditorField>
      <EditorField name="serviceFeeModel" label={t("serviceFeeModel")}>
        {(describedBy, invalid) => (
          <select id="serviceFeeModel" {...register("serviceFeeModel")} aria-describedby={describedBy} aria-invalid={invalid}>
            {serviceFeeModels.map((model) => (
              <option key={model} value={model}>
                {t(`feeModels.${model}`)}
              </option>
            ))}
          </select>
        )}
      </EditorField>
      <p className={text.hint}>{t("serviceFeeHint")}</p>
      <EditorField name="serviceFee.min" label={t("serviceFeeMin")}>
        {(describedBy, invalid) => <input id="serviceFee.min" type="number" step="0.01" inputMode="decimal" {...register("serviceFee.min", optionalNumber)} aria-describedby={describedBy} aria-invalid={invalid} />}
      </EditorField>
      <EditorField name="serviceFee.max" label={t("serviceFeeMax")}>
        {(describedBy, invalid) => <input id="serviceFee.max" type="number" step="0.01" inputMode="decimal" {...register("serviceFee.max", optionalNumber)} aria-describedby={describedBy} aria-invalid={invalid} />}
      </EditorField>
      <EditorField name="serviceFee.currency" label={t("serviceFeeCurrency")}>
        {(describedBy, invalid) => <input id="serviceFee.currency" autoComplete="off" {...register("serviceFee.currency", optionalText)} aria-describedby={describedBy} aria-invalid={invalid} />}
      </EditorField>
      <EditorField name="foundedYear" label={t("foundedYear")}>
        {(describedBy, invalid) => <input id="foundedYear" type="number" inputMode="numeric" {...register("foundedYear", optionalNumber)} aria-describedby={describedBy} aria-invalid={invalid} />}
      </EditorField>
      <label>
        <input type="checkbox" {...register("isDemo")} /> {t("isDemo")}
      </label>
    </fieldset>
  );
}
