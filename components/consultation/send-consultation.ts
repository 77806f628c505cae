import { createPaceWatch, DEFAULT_UPLOAD_PACE, UPLOAD_TOO_SLOW } from "@/lib/uploads/upload-pace";

export type SendResult =
  | { kind: "accepted"; reference: string; respondBy: string }
  | {
      kind: "refused";
      status: number;
      error: string;
      fields?: Record<string, string>;
      file?: string;
      retryAfterSeconds?: number;
      requestId?: string;
    }
  | { kind: "network" };

/** A failure after this long without upload progress is read as the server letting a stalled upload go. */
const STALLED_MS = 5_000;

/**
 * Sends the multipart request with XMLHttpRequest, the one browser API that reports upload progress.
 * `onProgress` gets 0–1 while the body is uploaded. The upload is held to the server's pace rule here too: a browser
 * often shows the server's early 408 as a network error, so the patient hears "too slow" either way.
 */
export function sendConsultation(body: FormData, onProgress: (fraction: number) => void): Promise<SendResult> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    const tooSlow = (status: number): SendResult => ({ kind: "refused", status, error: UPLOAD_TOO_SLOW });
    const watch = createPaceWatch(DEFAULT_UPLOAD_PACE, Date.now());
    let uploaded = 0;
    let lastProgressAt = Date.now();
    let gaveUp = false;
    let uploadDone = false;
    const paceCheck = setInterval(() => {
      if (!watch.isTooSlow(uploaded, Date.now())) return;
      gaveUp = true;
      request.abort();
    }, 1_000);
    const settle = (result: SendResult) => {
      clearInterval(paceCheck);
      resolve(result);
    };

    request.open("POST", "/api/consultations");
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      uploaded = event.loaded;
      lastProgressAt = Date.now();
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    // From here on the time is the server's.
    request.upload.onload = () => {
      uploadDone = true;
      clearInterval(paceCheck);
    };
    request.onerror = () => {
      const stalled = !uploadDone && (Date.now() - lastProgressAt >= STALLED_MS || watch.isTooSlow(uploaded, Date.now()));
      settle(stalled ? tooSlow(0) : { kind: "network" });
    };
    request.onabort = () => settle(gaveUp ? tooSlow(0) : { kind: "network" });
    request.onload = () => {
      const response = (request.response ?? {}) as Record<string, unknown>;
      if ((request.status === 200 || request.status === 201) && typeof response.reference === "string") {
        settle({ kind: "accepted", reference: response.reference, respondBy: String(response.respondBy) });
      } else if (request.status === 408) {
        // Node's own 408 (a request past its deadline) has no body.
        settle(tooSlow(408));
      } else {
        settle({ kind: "refused", status: request.status, error: String(response.error ?? "serverError"), ...response });
      }
    };
    request.send(body);
  });
}
