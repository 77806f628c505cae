"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { get, useFormContext } from "react-hook-form";
import { Field } from "@/components/forms/field";
import { errorMessage } from "@/components/forms/error-message";

/**
 * A field of the clinic editor with the schema's complaint about it. The content schemas answer with a key of
 * "Admin.errors" (required, tooLong…) or, for catalog-specific rules, a short English text shown as it is.
 */
export function EditorField({ name, id = name, label, hint, children }: { name: string; id?: string; label: ReactNode; hint?: ReactNode; children: (describedBy: string | undefined, invalid: boolean) => ReactNode }) {
  const { formState } = useFormContext();
  const message = useEditorError((get(formState.errors, name) as { message?: string } | undefined)?.message);
  return (
    <Field id={id} label={label} hint={hint} error={message}>
      {children}
    </Field>
  );
}

export function useEditorError(message: string | undefined) {
  const t = useTranslations("Admin");
  if (!message) return undefined;
  return t.has(`errors.${message}` as "errors.required") ? errorMessage(t, message) : `${t("catalog.invalidValue")}: ${message}`;
}

/** An optional number typed in a form: empty is "not set", not zero. */
export const optionalNumber = { setValueAs: (value: unknown) => (value === "" || value === null || value === undefined ? undefined : Number(value)) };
/** An optional text: empty is "not set". */
export const optionalText = { setValueAs: (value: unknown) => (value === "" ? undefined : value) };
