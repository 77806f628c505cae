"use client";

import { useTranslations } from "next-intl";
import { contactChannels, writerRoles } from "@/lib/validation/consultation-fields";
import { Field, RadioGroup } from "@/components/forms/field";
import type { CountryOption } from "./countries";
import { CountryPhoneFields } from "./country-phone-fields";
import type { FormSection } from "./form-section";

/** The first step: who is writing, and how to reach them (name, country and phone, email, channel). */
export function ContactFields({ form, countries, error }: FormSection & { countries: CountryOption[] }) {
  const t = useTranslations("ConsultationForm");
  const { register } = form;
  return (
    <>
      <RadioGroup
        id="writerRole"
        legend={t("writerRole")}
        options={writerRoles}
        label={(role) => t(`roles.${role}`)}
        error={error("writerRole")}
        required
        inputProps={() => register("writerRole")}
      />
      <Field id="fullName" label={t("fullName")} error={error("fullName")}>
        {(describedBy, invalid) => (
          <input id="fullName" required autoComplete="name" aria-describedby={describedBy} aria-invalid={invalid} {...register("fullName")} />
        )}
      </Field>
      <CountryPhoneFields form={form} countries={countries} error={error} />
      <Field id="email" label={t("email")} error={error("email")}>
        {(describedBy, invalid) => (
          <input
            id="email"
            type="email"
            required
            inputMode="email"
            autoComplete="email"
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register("email")}
          />
        )}
      </Field>
      <RadioGroup
        id="contactChannel"
        legend={t("contactChannel")}
        options={contactChannels}
        label={(channel) => t(`channels.${channel}`)}
        error={error("contactChannel")}
        required
        layout="chips"
        inputProps={() => register("contactChannel")}
      />
    </>
  );
}
