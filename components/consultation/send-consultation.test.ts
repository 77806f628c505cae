import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_UPLOAD_PACE, UPLOAD_TOO_SLOW } from "@/lib/uploads/upload-pace";
import { sendConsultation, type SendResult } from "./send-consultation";

/** Just enough of XMLHttpRequest for the test to play the network: upload progress, an answer, a failure. */
class FakeRequest {
  static last: FakeRequest;
  upload: { onprogress?: (event: { lengthComputable: boolean; loaded: number; total: number }) => void; onload?: () => void } = {};
  status = 0;
  response: unknown = null;
  responseType = "";
  aborted = false;
  onload?: () => void;
  onerror?: () => void;
  onabort?: () => void;
  constructor() {
    FakeRequest.last = this;
  }
  open() {}
  send() {}
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  progress(loaded: number, total = 10 * 1024 * 1024) {
    this.upload.onprogress?.({ lengthComputable: true, loaded, total });
  }
  answer(status: number, response: unknown) {
    this.upload.onload?.();
    Object.assign(this, { status, response });
    this.onload?.();
  }
}

let outcome: SendResult | undefined;
function send() {
  outcome = undefined;
  void sendConsultation(new FormData(), () => {}).then((result) => (outcome = result));
  return FakeRequest.last;
}
const { minBytesPerSecond, windowSeconds } = DEFAULT_UPLOAD_PACE;

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal("XMLHttpRequest", FakeRequest);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("sending a consultation request", () => {
  it("gives up on an upload that has stalled for two pace windows, and says the connection is too slow", async () => {
    const request = send();
    request.progress(64 * 1024);
    await vi.advanceTimersByTimeAsync(2 * windowSeconds * 1000 - 1000);
    expect(request.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(2000);
    expect(request.aborted).toBe(true);
    expect(outcome).toMatchObject({ kind: "refused", error: UPLOAD_TOO_SLOW });
  });

  it("gives up on a trickle within two pace windows", async () => {
    const request = send();
    for (let second = 1; second <= 2 * windowSeconds + 2 && !request.aborted; second += 1) {
      request.progress(second * 300);
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(request.aborted).toBe(true);
    expect(outcome).toMatchObject({ kind: "refused", error: UPLOAD_TOO_SLOW });
  });

  it("waits as long as a slow upload keeps moving, even in steps as the system's send buffer drains", async () => {
    const request = send();
    // 40 KB steps every 40 s: a link at the minimum pace, 1 KiB/s, seen through a 40 KB buffer.
    for (let step = 1; step <= 15; step += 1) {
      await vi.advanceTimersByTimeAsync(40_000);
      request.progress(step * 40 * minBytesPerSecond);
    }
    expect(request.aborted).toBe(false);
    request.answer(201, { reference: "CP-ABCD-EFGH", respondBy: "2026-01-01T10:00:00.000Z" });
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome).toEqual({ kind: "accepted", reference: "CP-ABCD-EFGH", respondBy: "2026-01-01T10:00:00.000Z" });
  });

  it("does not time the server's own work once the upload is done", async () => {
    const request = send();
    request.progress(10 * 1024 * 1024);
    request.upload.onload?.();
    await vi.advanceTimersByTimeAsync(5 * windowSeconds * 1000);
    expect(request.aborted).toBe(false);
  });

  it("reads the server's cut (408, with or without its code) and a failure after a stalled upload as too slow", async () => {
    send().answer(408, { error: UPLOAD_TOO_SLOW });
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome).toMatchObject({ kind: "refused", status: 408, error: UPLOAD_TOO_SLOW });

    send().answer(408, null);
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome).toMatchObject({ kind: "refused", status: 408, error: UPLOAD_TOO_SLOW });

    const stalled = send();
    stalled.progress(1024);
    await vi.advanceTimersByTimeAsync(10_000);
    stalled.onerror?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome).toMatchObject({ kind: "refused", error: UPLOAD_TOO_SLOW });

    const moving = send();
    moving.progress(1024 * 1024);
    moving.onerror?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome).toEqual({ kind: "network" });
  });
});
