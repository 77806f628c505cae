"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { useRouter } from "next/navigation";
import { changePassword } from "@/lib/auth/actions";
import { idle } from "@/lib/auth/action-state";
import { Field } from "@/components/forms/field";
import { errorMessage } from "@/components/forms/error-message";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/validation/staff-account";
import { useHydrated } from "@/components/forms/use-hydrated";
import { SubmitButton } from "@/components/forms/submit-button";
import { adminFormClassName } from "./admin-form";
import { noticeClassName } from "@/components/ui/notice";

const fields = [
  { name: "currentPassword", autoComplete: "current-password" },
  { name: "newPassword", autoComplete: "new-password" },
  { name: "confirmPassword", autoComplete: "new-password" },
] as const;

export function ChangePasswordForm() {
  const t = useTranslations("Admin");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const notice = useRef<HTMLParagraphElement>(null);
  const ready = useHydrated();
  useEffect(() => notice.current?.focus(), [outcome]);
  const { register, handleSubmit, formState, reset, setError } = useForm<ChangePasswordInput>({ resolver: zodResolver(changePasswordSchema) });

  const submit = handleSubmit((values) =>
    startTransition(async () => {
      try {
        const { result } = await changePassword(idle, values);
        // Only the server knows the dictionaries, so it names the field the way the schema's own checks do.
        if (result === "tooGuessable") {
          setOutcome(null);
          return setError("newPassword", { message: "passwordTooGuessable" }, { shouldFocus: true });
        }
        setOutcome({ ok: result === "changed", text: result === "invalid" || result === "forbidden" ? t(`action.${result}`) : t(`account.${result}`) });
        // Refreshed from the browser, which now holds the new session cookie (the change replaced the session): the
        // page drops its "choose your own password" notice.
        if (result === "changed") {
          reset();
          router.refresh();
        }
      } catch {
        setOutcome({ ok: false, text: t("errors.network") });
      }
    }),
  );

  return (
    <form className={adminFormClassName} onSubmit={submit} noValidate data-ready={ready || undefined}>
      {outcome && (
        <p className={noticeClassName(outcome.ok ? "info" : "error")} role={outcome.ok ? "status" : "alert"} tabIndex={-1} ref={notice}>
          {outcome.text}
        </p>
      )}
      {fields.map(({ name, autoComplete }) => {
        const message = formState.errors[name]?.message;
        return (
          <Field
            key={name}
            id={name}
            label={t(`account.${name}`)}
            hint={name === "newPassword" ? t("account.newPasswordHint") : undefined}
            error={errorMessage(t, message)}
          >
            {(describedBy, invalid) => (
              <input id={name} type="password" autoComplete={autoComplete} aria-describedby={describedBy} aria-invalid={invalid} {...register(name)} />
            )}
          </Field>
        );
      })}
      <SubmitButton pending={pending} variant="primary">{pending ? t("account.saving") : t("account.save")}</SubmitButton>
    </form>
  );
}
