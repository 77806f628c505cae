"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { confirmTwoFactor, disableTwoFactor, startTwoFactor } from "@/lib/auth/actions";
import { idle } from "@/lib/auth/action-state";
import { Field } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import styles from "./two-factor-setup.module.css";
import { buttonClassName } from "@/components/ui/button";
import { adminFormClassName } from "./admin-form";
import { noticeClassName } from "@/components/ui/notice";
import text from "@/components/ui/text.module.css";

const messageKey = {
  enabled: "account.twoFactorEnabled",
  turnedOff: "account.twoFactorTurnedOff",
  wrongPassword: "account.wrongPassword",
  invalidCode: "errors.invalidCode",
  cannotTurnOff: "account.cannotTurnOff",
  signedOut: "account.signedOut",
  invalid: "action.invalid",
  forbidden: "action.forbidden",
  passwordChangeRequired: "action.passwordChangeRequired",
  twoFactorRequired: "action.twoFactorRequired",
} as const;

type TwoFactorState = Awaited<ReturnType<typeof startTwoFactor | typeof confirmTwoFactor | typeof disableTwoFactor>>;

type Started = Extract<TwoFactorState, { result: "started" }>;
type Outcome = Exclude<TwoFactorState, Started>["result"];

/** Turning the authenticator app on (password, then scan, then a code from the app) or off (password). */
export function TwoFactorSetup({ enabled, required }: { enabled: boolean; required: boolean }) {
  const t = useTranslations("Admin");
  const [pending, startTransition] = useTransition();
  const [setup, setSetup] = useState<Started | null>(null);
  // A new object per answer, so the same message twice still moves focus to it.
  const [outcome, setOutcome] = useState<{ result: Outcome } | null>(null);
  const notice = useRef<HTMLParagraphElement>(null);
  const codeInput = useRef<HTMLInputElement>(null);
  useEffect(() => codeInput.current?.focus(), [setup]);
  useEffect(() => notice.current?.focus(), [outcome]);
  const send = (action: () => Promise<TwoFactorState>) =>
    startTransition(async () => {
      try {
        const state = await action();
        if (state.result === "started") return setSetup(state);
        if (state.result === "enabled") setSetup(null);
        setOutcome({ result: state.result });
      } catch {
        setOutcome({ result: "signedOut" });
      }
    });
  const field = (form: HTMLFormElement, name: string) => String(new FormData(form).get(name) ?? "");
  const success = outcome?.result === "enabled" || outcome?.result === "turnedOff";
  const message = outcome && (
    <p className={noticeClassName(success ? "info" : "error")} role={success ? "status" : "alert"} tabIndex={-1} ref={notice}>
      {t(messageKey[outcome.result])}
    </p>
  );

  if (setup) {
    return (
      <>
        <h3>{t("account.scanTitle")}</h3>
        {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made on the server, not an optimisable asset */}
        <img src={setup.qrCode} alt={t("account.qrAlt")} width={220} height={220} />
        <p className={text.hint}>{t("account.scanHint")}</p>
        <p>
          <code className={styles.key} data-testid="totp-key">
            {setup.key}
          </code>
        </p>
        <h3>{t("account.backupCodesTitle")}</h3>
        <p className={text.hint}>{t("account.backupCodesHint")}</p>
        <ul className={styles.codes}>
          {setup.backupCodes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        {message}
        <form
          className={adminFormClassName}
          onSubmit={(event) => {
            event.preventDefault();
            const code = field(event.currentTarget, "code");
            send(() => confirmTwoFactor(idle, { code }));
          }}
        >
          <Field id="two-factor-code" label={t("account.confirmCode")}>
            {(describedBy) => (
              <input ref={codeInput} id="two-factor-code" name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={7} required aria-describedby={describedBy} />
            )}
          </Field>
          <SubmitButton pending={pending} variant="primary">{t("account.confirmTwoFactor")}</SubmitButton>
        </form>
      </>
    );
  }

  return (
    <>
      {message}
      {required && !enabled && <p className={noticeClassName("error")}>{t("account.twoFactorRequired")}</p>}
      <p>{enabled ? t("account.twoFactorOn") : t("account.twoFactorOff")}</p>
      <form
        className={adminFormClassName}
        onSubmit={(event) => {
          event.preventDefault();
          const password = field(event.currentTarget, "password");
          send(() => (enabled ? disableTwoFactor(idle, { password }) : startTwoFactor(idle, { password })));
        }}
      >
        <Field id="two-factor-password" label={t("account.passwordToConfirm")}>
          {(describedBy) => <input id="two-factor-password" name="password" type="password" autoComplete="current-password" required aria-describedby={describedBy} />}
        </Field>
        <button type="submit" className={buttonClassName(enabled ? "danger" : "primary")} disabled={pending || (enabled && required)} aria-busy={pending}>
          {enabled ? t("account.turnOffTwoFactor") : t("account.startTwoFactor")}
        </button>
      </form>
    </>
  );
}
