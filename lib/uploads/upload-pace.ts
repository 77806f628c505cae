/**
 * The slowest upload Careport keeps receiving: the server cuts a slower one, answering 408 with `UPLOAD_TOO_SLOW`, and
 * the browser gives up on a stalled one with the same message. A pace, not a deadline: a weak but moving connection
 * may take as long as it needs, a stalled or trickling one is let go within one window.
 */
export interface UploadPace {
  minBytesPerSecond: number;
  windowSeconds: number;
}

/** 1 KiB/s (8 kbit/s, far below any working mobile link) over 30 s: a trickler holds a connection 30 s, not minutes. */
export const DEFAULT_UPLOAD_PACE: UploadPace = { minBytesPerSecond: 1024, windowSeconds: 30 };

/** The error code of a cut upload (a `ConsultationForm.errors` key). */
export const UPLOAD_TOO_SLOW = "tooSlow";

/**
 * Tells whether an upload has fallen under `pace`: fewer than `minBytesPerSecond × windowSeconds` bytes arrived over
 * the last window. Checked about once a second with the bytes received so far; keeps one sample per check.
 */
export function createPaceWatch(pace: UploadPace, startedAt: number) {
  const windowMs = pace.windowSeconds * 1000;
  const required = pace.minBytesPerSecond * pace.windowSeconds;
  let samples = [{ at: startedAt, bytes: 0 }];
  return {
    isTooSlow(bytesSoFar: number, now: number): boolean {
      samples.push({ at: now, bytes: bytesSoFar });
      while (samples.length > 1 && samples[1]!.at <= now - windowMs) samples.shift();
      const oldest = samples[0]!;
      return now - oldest.at >= windowMs && bytesSoFar - oldest.bytes < required;
    },
    /** Starts a fresh window: the time just passed does not count against the client. */
    restart(bytesSoFar: number, now: number) {
      samples = [{ at: now, bytes: bytesSoFar }];
    },
  };
}
