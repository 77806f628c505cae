"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { errorMessage } from "@/components/forms/error-message";
import type { StaffActionState } from "@/lib/auth/action-state";

/** The address and who reads it, with the server's complaint about each. */
export function ContactFields({ id, state, values }: { id: string; state: StaffActionState; values?: { email: string; label: string | null } }) {
  const t = useTranslations("Admin");
  const error = (name: string) => errorMessage(t, state.fields?.[name]);
  return (
    <>
      <Field id={`${id}-email`} label={t("clinicContacts.email")} error={error("email")}>
        {(describedBy, invalid) => (
          <input id={`${id}-email`} name="email" type="email" dir="ltr" required maxLength={254} autoComplete="off" defaultValue={values?.email} aria-describedby={describedBy} aria-invalid={invalid} />
        )}
      </Field>
      <Field id={`${id}-label`} label={t("clinicContacts.label")} hint={t("clinicContacts.labelHint")} error={error("label")}>
        {(describedBy, invalid) => <input id={`${id}-label`} name="label" maxLength={200} autoComplete="off" defaultValue={values?.label ?? ""} aria-describedby={describedBy} aria-invalid={invalid} />}
      </Field>
    </>
  );
}
