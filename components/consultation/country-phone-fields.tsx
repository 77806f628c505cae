"use client";

import type { CountryCode } from "libphonenumber-js";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Field } from "@/components/forms/field";
import { leftToRight } from "@/components/forms/left-to-right";
import type { CountryOption } from "./countries";
import { loadPhoneTools, type PhoneTools } from "./form-tools";
import styles from "./country-phone-fields.module.css";
import type { FormSection } from "./form-section";
import text from "@/components/ui/text.module.css";

/**
 * Country of residence (one native list: type-ahead, the phone's own picker on touch screens) and the phone number,
 * whose calling code follows the country, or the "+code" the patient types.
 */
export function CountryPhoneFields({ form, countries, error }: FormSection & { countries: CountryOption[] }) {
  const t = useTranslations("ConsultationForm");
  const { register, setValue, watch, getValues, formState } = form;
  const [phoneCountry, phoneNumber] = watch(["phoneCountry", "phoneNumber"]);
  // A value the form sets itself is checked again once the visitor has tried to send, so no stale error stays.
  const setPhoneCountry = (code: string) => setValue("phoneCountry", code, { shouldValidate: formState.isSubmitted });
  const callingCode = countries.find((option) => option.code === phoneCountry)?.callingCode;
  // The phone helpers load once the visitor is in the form (form-tools.ts); until then the hint stands in the preview.
  const [tools, setTools] = useState<PhoneTools>();
  const hasNumber = Boolean(phoneNumber);
  useEffect(() => {
    if (hasNumber) loadPhoneTools().then(setTools, () => undefined);
  }, [hasNumber]);
  const dialled = tools && phoneNumber && phoneCountry ? tools.parsePhoneNumberFromString(phoneNumber, phoneCountry as CountryCode) : undefined;
  const typedCountry = async (number: string, current?: string) => (await loadPhoneTools()).countryOfTypedCode(number, current);

  return (
    <>
      <Field id="countryCode" label={t("country")} error={error("countryCode")}>
        {(describedBy, invalid) => (
          <select
            id="countryCode"
            required
            autoComplete="country"
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register("countryCode", {
              onChange: async (event) => {
                if (!(await typedCountry(getValues("phoneNumber") ?? ""))) setPhoneCountry(event.target.value);
              },
            })}
          >
            <option value="">{t("countryPlaceholder")}</option>
            {countries.map((option) => (
              <option key={option.code} value={option.code}>
                {/* An option holds only text: Unicode's left-to-right isolate (LRI…PDI) keeps "+971" from becoming "971+". */}
                {`${option.flag} ${option.name} \u2066+${option.callingCode}\u2069`}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="phoneNumber" label={t("phone")} error={error("phoneNumber") ?? error("phoneCountry")}>
        {(describedBy, invalid) => (
          <>
            <div className={styles.phone} dir="ltr">
              <span id="phoneCallingCode" className={styles.callingCode}>
                {callingCode ? `+${callingCode}` : "+"}
              </span>
              <input
                id="phoneNumber"
                type="tel"
                inputMode="tel"
                required
                autoComplete="tel-national"
                aria-describedby={["phoneCallingCode", "phonePreview", describedBy].filter(Boolean).join(" ")}
                aria-invalid={invalid}
                {...register("phoneNumber", {
                  onChange: async (event) => {
                    const typed = await typedCountry(event.target.value, getValues("phoneCountry"));
                    if (typed && typed !== getValues("phoneCountry")) setPhoneCountry(typed);
                  },
                })}
              />
            </div>
            {/* Until the number is valid, how to give another country's code; then the number as it will be dialled. */}
            <p id="phonePreview" className={dialled?.isValid() ? styles.preview : text.hint} aria-live="polite">
              {dialled?.isValid() ? t.rich("phonePreview", { number: dialled.formatInternational(), ltr: leftToRight }) : t("phoneHint")}
            </p>
          </>
        )}
      </Field>
    </>
  );
}
