import "server-only";
import { Transform } from "node:stream";
import { logger } from "@/lib/logger";
import { createPaceWatch, type UploadPace } from "@/lib/uploads/upload-pace";

const CHECK_EVERY_MS = 1000;

/**
 * A pass-through for a request body that calls `onTooSlow` once the client falls under `pace`. The watch stops when
 * the body has all arrived or the stream is gone. While data waits here for the parser or storage (backpressure), the
 * slowness is ours: the window starts again.
 */
export function createUploadPaceMeter(pace: UploadPace, onTooSlow: () => void) {
  const startedAt = Date.now();
  const watch = createPaceWatch(pace, startedAt);
  let received = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      done(null, chunk);
    },
  });
  const check = setInterval(() => {
    const now = Date.now();
    if (meter.readableLength + meter.writableLength > 0) watch.restart(received, now);
    else if (watch.isTooSlow(received, now)) {
      clearInterval(check);
      // Logged, so an operator can tell whether the pace turns away patients as well as tricklers.
      logger.warn({ bytesReceived: received, seconds: Math.round((now - startedAt) / 1000), pace }, "Upload cut: under the minimum pace");
      onTooSlow();
    }
  }, Math.min(CHECK_EVERY_MS, (pace.windowSeconds * 1000) / 4));
  const stop = () => clearInterval(check);
  meter.once("finish", stop).once("close", stop);
  return meter;
}
