import "server-only";
import * as z from "@/lib/validation/zod";
import { locales } from "@/lib/i18n/locales";
import { consumeRateLimit } from "@/lib/rate-limit/rate-limit";
import { isSameOrigin } from "@/lib/security/same-origin";
import { getSettings } from "@/lib/settings/settings";
import type { FileStorage } from "@/lib/storage/file-storage";
import { consultationErrorKeys, consultationSchema, phoneToE164 } from "@/lib/validation/consultation";
import { consultationPart, type ConsultationAccepted, type ConsultationRefusal } from "@/lib/validation/consultation-request";
import { submissionMetaSchema } from "@/lib/validation/submission-meta";
import { createLead, type NewLead } from "./create-lead";
import { readFormToken } from "./form-token";
import { clientIp, hashIp } from "@/lib/security/client-ip";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { withRequestId } from "@/lib/observability/request-context";
import { isUnavailable } from "@/lib/observability/unavailable";
import type { UploadPace } from "@/lib/uploads/upload-pace";
import { receiveMultipart, type ReceivedFile } from "./receive-multipart";
import { computeRespondBy } from "./respond-by";
import { SubmissionError } from "./submission-error";

function parseJsonField<T extends z.ZodMiniType>(schema: T, raw: string | undefined): z.output<T> {
  let value: unknown;
  try {
    value = JSON.parse(raw ?? "");
  } catch {
    throw new SubmissionError(400, { error: "invalidRequest" });
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    // Zod's own messages (an unknown key, a wrong type) are English sentences: the form gets a key it can translate.
    const code = (message: string) => ((consultationErrorKeys as readonly string[]).includes(message) ? message : "invalid");
    const fields = Object.fromEntries(result.error.issues.map((issue) => [issue.path.join(".") || "form", code(issue.message)]));
    throw new SubmissionError(400, { error: "validation", fields });
  }
  return result.data;
}

function spamReason(meta: { website: string; formToken: string }, minFillSeconds: number, now: Date): string | null {
  if (meta.website.trim()) return "honeypot";
  const openedAt = readFormToken(meta.formToken);
  if (!openedAt) return "form-token";
  if (now.getTime() - openedAt.getTime() < minFillSeconds * 1000) return "too-fast";
  return null;
}

export interface SubmissionDependencies {
  storage: FileStorage;
  afterLeadInsert?: NewLead["afterLeadInsert"];
  /** The slowest upload kept; UPLOAD_MIN_BYTES_PER_SECOND over UPLOAD_PACE_WINDOW_SECONDS unless given. */
  uploadPace?: UploadPace;
}

/**
 * POST /api/consultations: origin check, rate limit, streamed upload, validation, spam traps, one transaction.
 * Every refusal is a 4xx with a translatable error and leaves no lead and no file behind.
 */
export function handleConsultationSubmission(request: Request, deps: SubmissionDependencies): Promise<Response> {
  return withRequestId((requestId) => receiveSubmission(request, deps, requestId));
}

async function receiveSubmission(request: Request, deps: SubmissionDependencies, requestId: string): Promise<Response> {
  let files: ReceivedFile[] = [];
  try {
    if (!isSameOrigin(request.headers)) throw new SubmissionError(403, { error: "invalidRequest" });
    const settings = await getSettings();
    const ipHash = hashIp(clientIp(request.headers));
    const limit = await consumeRateLimit(`consultation:${ipHash}`, settings.rateLimit.max, settings.rateLimit.windowSeconds);
    if (!limit.allowed) {
      throw new SubmissionError(429, { error: "rateLimited", retryAfterSeconds: limit.retryAfterSeconds });
    }

    const uploadPace = deps.uploadPace ?? { minBytesPerSecond: env.UPLOAD_MIN_BYTES_PER_SECOND, windowSeconds: env.UPLOAD_PACE_WINDOW_SECONDS };
    const received = await receiveMultipart(request, deps.storage, uploadPace);
    files = received.files;
    const consultation = parseJsonField(consultationSchema, received.fields.get(consultationPart.data));
    const meta = parseJsonField(submissionMetaSchema, received.fields.get(consultationPart.meta));
    const locale = z.enum(locales).safeParse(received.fields.get(consultationPart.locale));
    if (!locale.success) throw new SubmissionError(400, { error: "invalidRequest" });

    const now = new Date();
    const result = await createLead({
      consultation,
      phone: phoneToE164(consultation.phoneNumber, consultation.phoneCountry)!,
      meta,
      locale: locale.data,
      files,
      ipHash,
      respondBy: computeRespondBy(now, settings.workingHours, settings.responseMinutes),
      spamReason: spamReason(meta, settings.minFillSeconds, now),
      coordinatorRouting: settings,
      afterLeadInsert: deps.afterLeadInsert,
    });
    if (!result.created) await deleteFiles(deps.storage, files);
    return Response.json(
      { reference: result.reference, respondBy: result.respondBy.toISOString() } satisfies ConsultationAccepted,
      { status: result.created ? 201 : 200 },
    );
  } catch (error) {
    await deleteFiles(deps.storage, files);
    if (error instanceof SubmissionError) {
      const headers = error.body.retryAfterSeconds ? { "Retry-After": String(error.body.retryAfterSeconds) } : undefined;
      return Response.json(error.body, { status: error.status, headers });
    }
    if (isUnavailable(error)) {
      logger.error({ err: error }, "Consultation request failed: a dependency is unavailable");
      return Response.json({ error: "unavailable" } satisfies ConsultationRefusal, { status: 503, headers: { "Retry-After": "30" } });
    }
    logger.error({ err: error }, "Consultation request failed");
    return Response.json({ error: "serverError", requestId } satisfies ConsultationRefusal, { status: 500 });
  }
}

async function deleteFiles(storage: FileStorage, files: ReceivedFile[]) {
  const results = await Promise.allSettled(files.map((file) => storage.delete(file.key)));
  for (const result of results) {
    if (result.status === "rejected") logger.error({ err: result.reason }, "Could not delete a refused request's file");
  }
}
