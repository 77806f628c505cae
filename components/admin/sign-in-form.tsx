"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { signIn } from "@/app/[locale]/admin/sign-in/actions";
import { Field } from "@/components/forms/field";
import type { Locale } from "@/lib/i18n/locales";
import { signInSchema, type SignInInput } from "@/lib/validation/staff-account";

export function SignInForm({ locale, next }: { locale: Locale; next: string | null }) {
  const t = useTranslations("Admin");
  const [pending, startTransition] = useTransition();
  // A new object per answer, so the same message twice still moves focus to it.
  const [failure, setFailure] = useState<{ text: string } | null>(null);
  const alert = useRef<HTMLParagraphElement>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  useEffect(() => alert.current?.focus(), [failure]);
  const { register, handleSubmit, formState } = useForm<SignInInput>({ resolver: zodResolver(signInSchema) });
  const fieldError = (key: keyof SignInInput) => {
    const message = formState.errors[key]?.message;
    return message ? t(`errors.${message}` as "errors.required") : undefined;
  };

  const submit = handleSubmit((values) =>
    startTransition(async () => {
      setFailure(null);
      try {
        const result = await signIn(values, next, locale);
        setFailure({
          text:
            result.error === "rateLimited"
              ? t("errors.rateLimited", { minutes: Math.ceil(result.retryAfterSeconds / 60) })
              : t(`errors.${result.error}`),
        });
      } catch {
        setFailure({ text: t("errors.network") });
      }
    }),
  );

  return (
    <form className="admin-form" onSubmit={submit} noValidate data-ready={ready || undefined}>
      {failure && (
        <p className="notice notice--error" role="alert" tabIndex={-1} ref={alert}>
          {failure.text}
        </p>
      )}
      <Field id="email" label={t("signIn.email")} error={fieldError("email")}>
        {(describedBy, invalid) => (
          <input id="email" type="email" autoComplete="username" aria-describedby={describedBy} aria-invalid={invalid} {...register("email")} />
        )}
      </Field>
      <Field id="password" label={t("signIn.password")} error={fieldError("password")}>
        {(describedBy, invalid) => (
          <input
            id="password"
            type="password"
            autoComplete="current-password"
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register("password")}
          />
        )}
      </Field>
      <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending}>
        {pending ? t("signIn.submitting") : t("signIn.submit")}
      </button>
    </form>
  );
}
