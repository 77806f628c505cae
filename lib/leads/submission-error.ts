import type { ConsultationRefusal } from "@/lib/validation/consultation-request";

/** A refusal with its HTTP status and the body the form translates. */
export class SubmissionError extends Error {
  constructor(
    readonly status: number,
    readonly body: Omit<ConsultationRefusal, "requestId">,
  ) {
    super(body.error);
  }
}
