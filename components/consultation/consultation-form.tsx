"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import type { Locale } from "@/lib/i18n/locales";
import type { ConsultationInput } from "@/lib/validation/consultation";
import { CONSENT_VERSION, MAX_MESSAGE_LENGTH } from "@/lib/validation/consultation-fields";
import { Field } from "@/components/forms/field";
import { errorMessage } from "@/components/forms/error-message";
import { useHydrated } from "@/components/forms/use-hydrated";
import { ConsentField } from "./consent-field";
import { ContactFields } from "./contact-fields";
import type { CountryOption } from "./countries";
import { FilePicker } from "./file-picker";
import { consultationResolver, loadFormTools } from "./form-tools";
import { OptionalDetails } from "./optional-details";
import { SendStatus, type Status } from "./send-status";
import { useSendConsultation } from "./use-send-consultation";
import { useDraft } from "./use-draft";
import styles from "./consultation-form.module.css";
import { noticeClassName } from "@/components/ui/notice";
import text from "@/components/ui/text.module.css";
import { buttonClassName } from "@/components/ui/button";
import controls from "@/components/forms/controls.module.css";

export interface ConsultationFormProps {
  locale: Locale;
  formToken: string;
  context: { treatment?: string; clinic?: string; doctor?: string };
  treatments: { slug: string; name: string; records: { key: string; name: string; required: boolean }[] }[];
  clinics: { slug: string; name: string }[];
  doctors: { slug: string; name: string }[];
  /** Named on the server: browsers' and Node's ICU name some regions differently, which would break hydration. */
  countries: CountryOption[];
  languages: { code: Locale; name: string }[];
  /** On catalog pages: the page's treatment, clinic or doctor is fixed and optional questions are left out. */
  compact?: boolean;
  /** Opened on request (the compact form): focus goes to its first field. */
  focusOnOpen?: boolean;
}

/** The free-consultation request: a short first step, optional details behind a button, files, consent. */
export function ConsultationForm(props: ConsultationFormProps) {
  const { locale, formToken, context, countries } = props;
  const t = useTranslations("ConsultationForm");
  const [files, setFiles] = useState<File[]>([]);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const website = useRef<HTMLInputElement>(null);
  // Until hydrated, a click would post the form natively, without its files' progress or error handling: the button
  // waits, and says so.
  const ready = useHydrated();
  const form = useForm<ConsultationInput>({
    resolver: consultationResolver,
    shouldFocusError: false,
    defaultValues: {
      submissionId: crypto.randomUUID(),
      preferredLanguage: locale,
      recordsCovered: [],
      consentVersion: CONSENT_VERSION,
      ...context,
    },
  });
  const formElement = useRef<HTMLFormElement>(null);
  // The first invalid control in reading order (not registration order) gets focus once its error is rendered (an
  // effect runs after that render); for a group of radio buttons, its first button.
  const [focusRequests, setFocusRequests] = useState(0);
  const focusFirstError = () => setFocusRequests((count) => count + 1);
  useEffect(() => {
    if (!focusRequests) return;
    const invalid = formElement.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid?.matches("fieldset") ? invalid.querySelector("input") : invalid)?.focus();
  }, [focusRequests]);
  const draft = useDraft(form, context);
  const error = (key: keyof ConsultationInput) => errorMessage(t, form.formState.errors[key]?.message);
  const send = useSendConsultation({ locale, formToken, form, files, website, setStatus, onRefused: focusFirstError, onSent: draft.clear });
  const message = form.watch("message");
  useEffect(() => {
    if (props.focusOnOpen) form.setFocus("writerRole");
  }, [props.focusOnOpen, form]);
  const sending = status.kind === "sending";

  return (
    <form
      className={`${controls.controls} ${styles.form}`}
      noValidate
      ref={formElement}
      onSubmit={form.handleSubmit(send, focusFirstError)}
      aria-busy={sending}
      onFocus={loadFormTools}
      data-ready={ready || undefined}
    >
      {draft.restored && <p className={noticeClassName("info")}>{t("draftRestored")}</p>}
      <ContactFields form={form} countries={countries} error={error} />
      <Field id="message" label={t("message")} hint={t("messageHint")} error={error("message")}>
        {(describedBy, invalid) => (
          <>
            <textarea
              id="message"
              rows={3}
              required
              maxLength={MAX_MESSAGE_LENGTH}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              {...form.register("message")}
            />
            {(message?.length ?? 0) > MAX_MESSAGE_LENGTH * 0.8 && (
              <p className={`${text.hint} ${styles.counter}`}>{t("characters", { count: message?.length ?? 0, max: MAX_MESSAGE_LENGTH })}</p>
            )}
          </>
        )}
      </Field>
      <FilePicker files={files} onChange={setFiles} disabled={sending} />
      <OptionalDetails {...props} form={form} error={error} />
      <ConsentField form={form} error={error} />

      <div className={text.visuallyHidden} aria-hidden="true">
        <label htmlFor="website">{t("honeypot")}</label>
        <input ref={website} id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>

      <SendStatus status={status} />
      {!ready && (
        <p id="form-loading" className={text.hint} role="status">
          {t("loadingForm")}
        </p>
      )}
      <button
        type="submit"
        className={`${buttonClassName("primary")} ${styles.submit}`}
        disabled={sending || !ready}
        aria-describedby={ready ? undefined : "form-loading"}
      >
        {sending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
