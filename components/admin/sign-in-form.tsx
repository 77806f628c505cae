"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { signIn, verifySignInCode } from "@/lib/auth/actions";
import { idle } from "@/lib/auth/action-state";
import { Field } from "@/components/forms/field";
import { errorMessage } from "@/components/forms/error-message";
import type { Locale } from "@/lib/i18n/locales";
import { signInSchema, type SignInInput } from "@/lib/validation/staff-account";
import { useHydrated } from "@/components/forms/use-hydrated";
import { SubmitButton } from "@/components/forms/submit-button";
import { adminFormClassName } from "./admin-form";
import { noticeClassName } from "@/components/ui/notice";

type SignInState = Awaited<ReturnType<typeof signIn | typeof verifySignInCode>>;

export function SignInForm({ locale, next }: { locale: Locale; next: string | null }) {
  const t = useTranslations("Admin");
  const [pending, startTransition] = useTransition();
  // A new object per answer, so the same message twice still moves focus to it.
  const [failure, setFailure] = useState<{ text: string } | null>(null);
  const alert = useRef<HTMLParagraphElement>(null);
  const ready = useHydrated();
  useEffect(() => alert.current?.focus(), [failure]);
  const { register, handleSubmit, formState } = useForm<SignInInput>({ resolver: zodResolver(signInSchema) });
  const fieldError = (key: keyof SignInInput) => errorMessage(t, formState.errors[key]?.message);

  // After a correct password, accounts with two-factor sign-in are asked for a code from their app.
  const [step, setStep] = useState<"password" | "code">("password");
  const code = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (step === "code") code.current?.focus();
  }, [step]);

  const answer = (send: () => Promise<SignInState>) =>
    startTransition(async () => {
      setFailure(null);
      try {
        const state = await send();
        if (state.result === "codeRequired") return setStep("code");
        setFailure({
          text:
            state.result === "rateLimited"
              ? t("errors.rateLimited", { minutes: Math.ceil(state.retryAfterSeconds / 60) })
              : t(state.result === "invalidCredentials" || state.result === "invalidCode" ? `errors.${state.result}` : "errors.validation"),
        });
      } catch {
        setFailure({ text: t("errors.network") });
      }
    });
  const submit = handleSubmit((values) => answer(() => signIn(idle, { ...values, next, locale })));

  if (step === "code") {
    return (
      <form
        className={adminFormClassName}
        onSubmit={(event) => {
          event.preventDefault();
          const value = code.current?.value ?? "";
          answer(() => verifySignInCode(idle, { code: value, next, locale }));
        }}
        noValidate
        data-ready
      >
        {failure && (
          <p className={noticeClassName("error")} role="alert" tabIndex={-1} ref={alert}>
            {failure.text}
          </p>
        )}
        <Field id="code" label={t("signIn.code")} hint={t("signIn.codeHint")}>
          {(describedBy) => (
            <input ref={code} id="code" name="code" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9 ]*" maxLength={7} aria-describedby={describedBy} />
          )}
        </Field>
        <SubmitButton pending={pending} variant="primary">{pending ? t("signIn.submitting") : t("signIn.verify")}</SubmitButton>
      </form>
    );
  }

  return (
    <form className={adminFormClassName} onSubmit={submit} noValidate data-ready={ready || undefined}>
      {failure && (
        <p className={noticeClassName("error")} role="alert" tabIndex={-1} ref={alert}>
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
      <SubmitButton pending={pending} variant="primary">{pending ? t("signIn.submitting") : t("signIn.submit")}</SubmitButton>
    </form>
  );
}
