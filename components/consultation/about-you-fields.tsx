"use client";

import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";
import { useTranslations } from "next-intl";
import { Controller, type UseFormReturn } from "react-hook-form";
import type { Locale } from "@/lib/i18n/locales";
import { contactChannels, writerRoles, type ConsultationInput } from "@/lib/validation/consultation";
import type { CountryOption } from "./countries";
import { CountrySelect } from "./country-select";
import { Field, RadioGroup } from "@/components/forms/field";
import { leftToRight } from "@/components/forms/left-to-right";

/** Who is writing and how to reach them: name, email, country, phone as dialled, channel, language, role. */
export function AboutYouFields({
  form,
  countries,
  languages,
  compact,
  error,
}: {
  form: UseFormReturn<ConsultationInput>;
  countries: CountryOption[];
  languages: { code: Locale; name: string }[];
  compact: boolean;
  error: (field: keyof ConsultationInput) => string | undefined;
}) {
  const t = useTranslations("ConsultationForm");
  const { register, control, setValue, watch, formState } = form;
  const [phoneCountry, phoneNumber] = watch(["phoneCountry", "phoneNumber"]);
  const dialled = phoneNumber && phoneCountry ? parsePhoneNumberFromString(phoneNumber, phoneCountry as CountryCode) : undefined;
  return (
      <fieldset>
        <legend>{t("aboutYou")}</legend>
        <Field id="fullName" label={t("fullName")} error={error("fullName")}>
          {(describedBy, invalid) => (
            <input id="fullName" autoComplete="name" aria-describedby={describedBy} aria-invalid={invalid || undefined} {...register("fullName")} />
          )}
        </Field>
        <Field id="email" label={t("email")} error={error("email")}>
          {(describedBy, invalid) => (
            <input id="email" type="email" inputMode="email" autoComplete="email" aria-describedby={describedBy} aria-invalid={invalid || undefined} {...register("email")} />
          )}
        </Field>
        <Field id="countryCode" label={t("country")} error={error("countryCode")}>
          {(describedBy, invalid) => (
            <Controller
              control={control}
              name="countryCode"
              render={({ field }) => (
                <CountrySelect
                  id="countryCode"
                  name={field.name}
                  options={countries}
                  value={field.value}
                  onChange={(code) => {
                    field.onChange(code);
                    if (!form.getFieldState("phoneCountry").isDirty) setValue("phoneCountry", code);
                  }}
                  searchLabel={t("countrySearch")}
                  placeholder={t("countryPlaceholder")}
                  describedBy={describedBy}
                  invalid={invalid}
                />
              )}
            />
          )}
        </Field>
        <fieldset className="phone-field">
          <legend>{t("phone")}</legend>
          <Field id="phoneCountry" label={t("phoneCountry")} error={error("phoneCountry")}>
            {(describedBy, invalid) => (
              <Controller
                control={control}
                name="phoneCountry"
                render={({ field }) => (
                  <CountrySelect
                    id="phoneCountry"
                    name={field.name}
                    options={countries}
                    value={field.value}
                    onChange={(code) => setValue("phoneCountry", code, { shouldDirty: true, shouldValidate: formState.isSubmitted })}
                    searchLabel={t("countrySearch")}
                    placeholder={t("countryPlaceholder")}
                    describedBy={describedBy}
                    invalid={invalid}
                    showCallingCode
                  />
                )}
              />
            )}
          </Field>
          <Field id="phoneNumber" label={t("phoneNumber")} error={error("phoneNumber")}>
            {(describedBy, invalid) => (
              <input id="phoneNumber" type="tel" inputMode="tel" autoComplete="tel-national" aria-describedby={describedBy} aria-invalid={invalid || undefined} {...register("phoneNumber")} />
            )}
          </Field>
          <p className="phone-preview" aria-live="polite">
            {dialled?.isValid() ? t.rich("phonePreview", { number: dialled.formatInternational(), ltr: leftToRight }) : null}
          </p>
        </fieldset>
        <RadioGroup
          id="contactChannel"
          legend={t("contactChannel")}
          options={contactChannels}
          label={(channel) => t(`channels.${channel}`)}
          error={error("contactChannel")}
          inputProps={() => register("contactChannel")}
        />
        {!compact && (
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
        <RadioGroup
          id="writerRole"
          legend={t("writerRole")}
          options={writerRoles}
          label={(role) => t(`roles.${role}`)}
          error={error("writerRole")}
          inputProps={() => register("writerRole")}
        />
      </fieldset>
  );
}
