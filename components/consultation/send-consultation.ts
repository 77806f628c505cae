import { createPaceWatch, DEFAULT_UPLOAD_PACE, UPLOAD_TOO_SLOW } from "@/lib/uploads/upload-pace";
import type { ConsultationAccepted, ConsultationRefusal } from "@/lib/validation/consultation-request";

export type SendResult =
  | ({ kind: "accepted" } & ConsultationAccepted)
  | ({ kind: "refused"; status: number } & ConsultationRefusal)
  | { kind: "network" };

/**
 * Progress here counts bytes handed to the operating system, which buffers tens of kilobytes ahead of the link, so
 * on a slow link it comes in steps. This side asks for the server's 30 KiB over twice its window, so that steps do
 * not read as a stall, and still gives up within about a minute on an upload the server has cut without being heard.
 */
const BROWSER_PACE = {
  minBytesPerSecond: DEFAULT_UPLOAD_PACE.minBytesPerSecond / 2,
  windowSeconds: DEFAULT_UPLOAD_PACE.windowSeconds * 2,
};
/** A failure after this long without upload progress is read as the server letting a stalled upload go. */
const STALLED_MS = 5_000;

/**
 * Sends the multipart request with XMLHttpRequest, the one browser API that reports upload progress.
 * `onProgress` gets 0–1 while the body is uploaded. A browser does not read the server's early 408 while it is still
 * sending (and often reports it as a network error), so an upload under the pace is given up here too: the patient
 * hears "too slow" either way.
 */
export function sendConsultation(body: FormData, onProgress: (fraction: number) => void): Promise<SendResult> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    const tooSlow = (status: number): SendResult => ({ kind: "refused", status, error: UPLOAD_TOO_SLOW });
    const watch = createPaceWatch(BROWSER_PACE, Date.now());
    let uploaded = 0;
    let lastProgressAt = Date.now();
    let gaveUp = false;
    let uploadDone = false;
    const stallCheck = setInterval(() => {
      if (!watch.isTooSlow(uploaded, Date.now())) return;
      gaveUp = true;
      request.abort();
    }, 1_000);
    const settle = (result: SendResult) => {
      clearInterval(stallCheck);
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
      clearInterval(stallCheck);
    };
    request.onerror = () => {
      const now = Date.now();
      const stalled = !uploadDone && (now - lastProgressAt >= STALLED_MS || watch.isTooSlow(uploaded, now));
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
