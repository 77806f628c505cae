/** A refusal with its HTTP status and a body the form can translate (`error` is a ConsultationForm.errors key). */
export class SubmissionError extends Error {
  constructor(
    readonly status: number,
    readonly body: { error: string; fields?: Record<string, string>; file?: string; retryAfterSeconds?: number },
  ) {
    super(body.error);
  }
}
