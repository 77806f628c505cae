"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { specialties, type DoctorContent } from "@/lib/validation/catalog-content/doctors";
import { Choice } from "@/components/forms/field";
import { EditorField, useEditorError } from "./editor-field";
import { ListInput } from "./list-input";
import { SlugField } from "./slug-field";
import styles from "./doctor-facts-fields.module.css";

/** The doctor's facts: address, specialty, experience, languages, the clinics they work at and what they treat. */
export function DoctorFactsFields({ clinicNames, treatmentNames }: { clinicNames: Record<string, string>; treatmentNames: Record<string, string> }) {
  const t = useTranslations("Admin.catalog");
  const tSpecialty = useTranslations("Specialties");
  const { register } = useFormContext<DoctorContent>();
  return (
    <fieldset>
      <legend>{t("doctorFacts")}</legend>
      <SlugField section="doctors" />
      <EditorField name="specialty" label={t("specialty")}>
        {(describedBy, invalid) => (
          <select id="specialty" {...register("specialty")} aria-describedby={describedBy} aria-invalid={invalid}>
            {specialties.map((specialty) => (
              <option key={specialty} value={specialty}>
                {tSpecialty(specialty)}
              </option>
            ))}
          </select>
        )}
      </EditorField>
      <EditorField name="yearsOfExperience" label={t("yearsOfExperience")}>
        {(describedBy, invalid) => <input id="yearsOfExperience" type="number" inputMode="numeric" {...register("yearsOfExperience", { valueAsNumber: true })} aria-describedby={describedBy} aria-invalid={invalid} />}
      </EditorField>
      <EditorField name="languages" label={t("languages")} hint={t("languagesHint")}>
        {(describedBy, invalid) => <ListInput name="languages" separator="comma" describedBy={describedBy} invalid={invalid} />}
      </EditorField>
      <Choices name="clinics" legend={t("doctorClinics")} names={clinicNames} />
      <Choices name="treatments" legend={t("doctorTreatments")} names={treatmentNames} />
      <Choice>
        <input type="checkbox" {...register("isDemo")} /> {t("isDemo")}
      </Choice>
    </fieldset>
  );
}

/** Checkboxes choosing catalog items by slug, labelled with their English names. */
function Choices({ name, legend, names }: { name: "clinics" | "treatments"; legend: string; names: Record<string, string> }) {
  const { register, formState } = useFormContext<DoctorContent>();
  const error = useEditorError(formState.errors[name]?.message ?? formState.errors[name]?.root?.message);
  return (
    <fieldset className={styles.choices} aria-describedby={error ? `${name}-error` : undefined}>
      <legend>{legend}</legend>
      {Object.entries(names).map(([slug, label]) => (
        <Choice key={slug}>
          <input type="checkbox" value={slug} {...register(name)} /> <span lang="en">{label}</span>
        </Choice>
      ))}
      {error && (
        <p id={`${name}-error`} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
