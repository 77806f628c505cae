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

/**
 * Sends the multipart request with XMLHttpRequest, the one browser API that reports upload progress.
 * `onProgress` gets 0–1 while the body is uploaded.
 */
export function sendConsultation(body: FormData, onProgress: (fraction: number) => void): Promise<SendResult> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/consultations");
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onerror = () => resolve({ kind: "network" });
    request.onabort = () => resolve({ kind: "network" });
    request.onload = () => {
      const response = (request.response ?? {}) as Record<string, unknown>;
      if ((request.status === 200 || request.status === 201) && typeof response.reference === "string") {
        resolve({ kind: "accepted", reference: response.reference, respondBy: String(response.respondBy) });
      } else {
        resolve({ kind: "refused", status: request.status, error: String(response.error ?? "serverError"), ...response });
      }
    };
    request.send(body);
  });
}
