"use client";

import { useTranslations } from "next-intl";
import type { RefObject } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { Locale } from "@/lib/i18n/locales";
import { useRouter } from "@/lib/i18n/navigation";
import type { ConsultationInput } from "@/lib/validation/consultation";
import { MAX_FILE_BYTES, MAX_FILES, MAX_TOTAL_BYTES } from "@/lib/validation/consultation-files";
import { consultationFormData } from "@/lib/validation/consultation-request";
import { readLandingAttribution } from "@/components/site/landing-attribution";
import { errorMessage } from "@/components/forms/error-message";
import { sendConsultation } from "./send-consultation";
import type { Status } from "./send-status";

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** Sends a valid form with its files, then opens the thank-you page, or shows why the server refused it. */
export function useSendConsultation({
  locale,
  formToken,
  form,
  files,
  website,
  setStatus,
  onRefused,
  onSent,
}: {
  locale: Locale;
  formToken: string;
  form: UseFormReturn<ConsultationInput>;
  files: File[];
  website: RefObject<HTMLInputElement | null>;
  setStatus: (status: Status) => void;
  onRefused: () => void;
  onSent: () => void;
}) {
  const t = useTranslations("ConsultationForm");
  const router = useRouter();

  return async function send(values: ConsultationInput) {
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
      onSent();
      router.push({ pathname: "/consultation/thank-you", query: { reference: result.reference, respondBy: result.respondBy } });
      return;
    }
    if (result.kind === "network") return setStatus({ kind: "failed", message: t("errors.network") });
    if (result.error === "validation" && result.fields) {
      for (const [field, key] of Object.entries(result.fields)) {
        form.setError(field as keyof ConsultationInput, { message: key });
      }
      onRefused();
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
  };
}
