"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useForm } from "react-hook-form";
import type { Locale } from "@/lib/i18n/locales";
import { Link, useRouter } from "@/lib/i18n/navigation";
import {
  CONSENT_VERSION,
  consultationSchema,
  MAX_MESSAGE_LENGTH,
  type ConsultationInput,
} from "@/lib/validation/consultation";
import { MAX_FILE_BYTES, MAX_FILES, MAX_TOTAL_BYTES } from "@/lib/validation/consultation-files";
import { consultationFormData } from "@/lib/validation/consultation-request";
import { readLandingAttribution } from "@/components/site/landing-attribution";
import type { CountryOption } from "./countries";
import { AboutYouFields } from "./about-you-fields";
import { Field, FieldError } from "@/components/forms/field";
import { errorMessage } from "@/components/forms/error-message";
import { FilePicker } from "./file-picker";
import { sendConsultation } from "./send-consultation";
import { useDraft } from "./use-draft";
import { useHydrated } from "@/components/forms/use-hydrated";

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
}

type Status = { kind: "idle" } | { kind: "sending"; progress: number } | { kind: "failed"; message: string };

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

export function ConsultationForm(props: ConsultationFormProps) {
  const { locale, formToken, context, treatments, clinics, doctors, countries, languages, compact = false } = props;
  const t = useTranslations("ConsultationForm");
  const router = useRouter();
  const [files, setFiles] = useState<File[]>([]);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const website = useRef<HTMLInputElement>(null);
  // Until hydrated, a click would submit the form natively, without the files' progress or error handling.
  const ready = useHydrated();
  const form = useForm<ConsultationInput>({
    resolver: zodResolver(consultationSchema),
    shouldFocusError: false,
    defaultValues: {
      submissionId: crypto.randomUUID(),
      preferredLanguage: locale,
      contactChannel: "WHATSAPP",
      writerRole: "PATIENT",
      recordsCovered: [],
      consentVersion: CONSENT_VERSION,
      ...context,
    },
  });
  const { register, watch, setError, formState } = form;
  const formElement = useRef<HTMLFormElement>(null);
  // The first invalid control in reading order (not registration order) gets focus, once its error is rendered.
  const focusFirstError = () =>
    requestAnimationFrame(() => formElement.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  const draft = useDraft(form, context);
  const errors = formState.errors;
  const error = (key: keyof ConsultationInput) => errorMessage(t, errors[key]?.message);

  const [writerRole, patientAge, treatmentSlug, message] = watch([
    "writerRole",
    "patientAge",
    "treatment",
    "message",
  ]);
  const isMinor = patientAge !== undefined && patientAge !== "" && Number(patientAge) < 18;
  const treatment = treatments.find((option) => option.slug === treatmentSlug);
  const consentText = isMinor ? t("consentGuardian") : writerRole === "PATIENT" ? t("consentPatient") : t("consentRelative");

  async function onValid(values: ConsultationInput) {
    setStatus({ kind: "sending", progress: 0 });
    const landing = readLandingAttribution();
    const body = consultationFormData({
      locale,
      data: values,
      meta: {
        formToken,
        website: website.current?.value ?? "",
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        sourcePath: window.location.pathname,
        // Where the visit began (its campaign and referrer), not just the page before the form.
        referrer: landing?.referrer ?? (document.referrer || undefined),
        utm: landing?.utm ?? {},
      },
      files,
    });

    const result = await sendConsultation(body, (progress) => setStatus({ kind: "sending", progress }));
    if (result.kind === "accepted") {
      draft.clear();
      router.push({ pathname: "/consultation/thank-you", query: { reference: result.reference, respondBy: result.respondBy } });
      return;
    }
    if (result.kind === "network") return setStatus({ kind: "failed", message: t("errors.network") });
    if (result.error === "validation" && result.fields) {
      for (const [field, key] of Object.entries(result.fields)) {
        setError(field as keyof ConsultationInput, { message: key });
      }
      focusFirstError();
      return setStatus({ kind: "failed", message: t("errorSummary") });
    }
    const values_ = {
      name: result.file ?? "",
      max: result.error === "tooManyFiles" ? MAX_FILES : megabytes(result.error === "fileTooLarge" ? MAX_FILE_BYTES : MAX_TOTAL_BYTES),
      minutes: Math.max(1, Math.ceil((result.retryAfterSeconds ?? 60) / 60)),
      // The id a patient can quote, so the failure can be found in the server's log.
      requestId: typeof result.requestId === "string" ? result.requestId.slice(0, 36) : "none",
    };
    setStatus({ kind: "failed", message: errorMessage(t, result.error, { fallback: "serverError", values: values_ }) });
  }

  const sending = status.kind === "sending";
  const interestChoices = [
    ["treatment", treatments],
    ["clinic", clinics],
    ["doctor", doctors],
  ] as const;
  return (
    <form
      className="consultation-form"
      noValidate
      ref={formElement}
      onSubmit={form.handleSubmit(onValid, focusFirstError)}
      aria-busy={sending}
      data-ready={ready || undefined}
    >
      {!compact && <p className="hint">{t("intro")}</p>}
      {draft.restored && <p className="notice notice--info">{t("draftRestored")}</p>}

      <AboutYouFields form={form} countries={countries} languages={languages} compact={compact} error={error} />

      <fieldset>
        <legend>{t("aboutPatient")}</legend>
        <Field id="patientAge" label={t("patientAge")} error={error("patientAge")}>
          {(describedBy, invalid) => (
            <input
              id="patientAge"
              type="number"
              inputMode="numeric"
              min={0}
              max={120}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              {...register("patientAge", { setValueAs: (value: string) => (value === "" ? undefined : Number(value)) })}
            />
          )}
        </Field>
        {isMinor && writerRole === "RELATIVE" && (
          <div className="field">
            <label className="choice">
              <input type="checkbox" aria-describedby="guardianConfirmed-error" {...register("guardianConfirmed")} /> {t("guardianConfirmed")}
            </label>
            <FieldError id="guardianConfirmed-error" error={error("guardianConfirmed")} />
          </div>
        )}
        <Field id="message" label={t("message")} hint={t("messageHint")} error={error("message")}>
          {(describedBy, invalid) => (
            <>
              <textarea id="message" rows={7} maxLength={MAX_MESSAGE_LENGTH} aria-describedby={describedBy} aria-invalid={invalid || undefined} {...register("message")} />
              <p className="hint counter">{t("characters", { count: message?.length ?? 0, max: MAX_MESSAGE_LENGTH })}</p>
            </>
          )}
        </Field>
      </fieldset>

      <fieldset>
        <legend>{t("interest")}</legend>
        {!compact &&
          interestChoices.map(([key, options]) => (
            <Field key={key} id={key} label={t(key)} error={error(key)}>
              {(describedBy) => (
                <select id={key} aria-describedby={describedBy} {...register(key, { setValueAs: (value: string) => value || undefined })}>
                  <option value="">{t("notSure")}</option>
                  {options.map((option) => (
                    <option key={option.slug} value={option.slug}>
                      {option.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ))}
        {treatment && treatment.records.length > 0 && (
          <fieldset className="records-checklist" aria-describedby="records-hint">
            <legend>{t("records", { treatment: treatment.name })}</legend>
            <p id="records-hint" className="hint">
              {t("recordsHint")}
            </p>
            {treatment.records.map((record) => (
              <label key={record.key} className="choice">
                <input type="checkbox" value={record.key} {...register("recordsCovered")} /> {record.name}
                {record.required && <span className="tag tag--required">{t("required")}</span>}
              </label>
            ))}
          </fieldset>
        )}
        <FilePicker files={files} onChange={setFiles} disabled={sending} />
      </fieldset>

      <fieldset>
        <legend>{t("consentTitle")}</legend>
        <label className="choice consent">
          <input type="checkbox" aria-describedby="consent-error" aria-invalid={errors.consent ? true : undefined} {...register("consent")} />{" "}
          {consentText}
        </label>
        <FieldError id="consent-error" error={error("consent")} />
        <FieldError id="consentVersion-error" error={error("consentVersion")} />
        <p>
          <Link href="/privacy" target="_blank">
            {t("privacyLink")}
          </Link>
        </p>
      </fieldset>

      <div className="honeypot" aria-hidden="true">
        <label htmlFor="website">{t("honeypot")}</label>
        <input ref={website} id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>

      {status.kind === "failed" && (
        <p className="notice notice--error" role="alert">
          {status.message}
        </p>
      )}
      {sending && (
        <div className="upload-progress" role="status">
          <progress max={1} value={status.progress} aria-label={t("progress", { percent: Math.round(status.progress * 100) })} />
          <span>{status.progress < 1 ? t("progress", { percent: Math.round(status.progress * 100) }) : t("processing")}</span>
        </div>
      )}
      <button type="submit" className="button button--primary" disabled={sending || !ready}>
        {sending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
