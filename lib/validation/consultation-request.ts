/**
 * POST /api/consultations as it crosses the seam: the parts of the multipart body the form sends and the handler
 * reads, and the answers the handler gives and the form reads. Tests and benchmarks build their requests from it.
 * The form token inside `meta` has its own module (./form-token.ts): only servers sign it.
 */
export const consultationPart = {
  locale: "locale",
  /** The patient's answers as JSON (./consultation.ts). */
  data: "data",
  /** Form token, honeypot, time zone and attribution as JSON (./submission-meta.ts). */
  meta: "meta",
  /** Every file, one part each. */
  files: "files",
} as const;

export interface ConsultationRequest {
  locale: string;
  data: unknown;
  meta: unknown;
  files?: readonly File[];
}

/** The body as the form sends it: text parts first, then the files, so the handler knows the request before they stream. */
export function consultationFormData({ locale, data, meta, files = [] }: ConsultationRequest): FormData {
  const body = new FormData();
  body.set(consultationPart.locale, locale);
  body.set(consultationPart.data, JSON.stringify(data));
  body.set(consultationPart.meta, JSON.stringify(meta));
  for (const file of files) body.append(consultationPart.files, file, file.name);
  return body;
}

/** 201 for a new lead, 200 when the same `submissionId` arrives again. */
export interface ConsultationAccepted {
  reference: string;
  /** ISO 8601. */
  respondBy: string;
}

/** Every refusal (4xx, 5xx). `error` is a key of the form's messages (ConsultationForm.errors). */
export interface ConsultationRefusal {
  error: string;
  /** For `validation`: field path → ConsultationForm.errors key. */
  fields?: Record<string, string>;
  /** The file a file error is about, as the patient named it. */
  file?: string;
  /** With 429 `rateLimited`, also sent as Retry-After. */
  retryAfterSeconds?: number;
  /** With 500 `serverError`: the id a patient can quote. */
  requestId?: string;
}

/** GET /api/consultations/form-token: a fresh token for the form a static page loads when it is opened. */
export interface FormTokenAnswer {
  formToken: string;
}
