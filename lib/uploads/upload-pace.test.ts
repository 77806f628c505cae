import { describe, expect, it } from "vitest";
import { createPaceWatch } from "./upload-pace";

const pace = { minBytesPerSecond: 1000, windowSeconds: 10 };

/** Feeds `bytesPerSecond` for `seconds`, checking once a second; returns the second the watch fired, or null. */
function run(bytesPerSecond: (second: number) => number, seconds: number) {
  const watch = createPaceWatch(pace, 0);
  let bytes = 0;
  for (let second = 1; second <= seconds; second += 1) {
    bytes += bytesPerSecond(second);
    if (watch.isTooSlow(bytes, second * 1000)) return second;
  }
  return null;
}

describe("the upload pace watch", () => {
  it("lets a slow but steady upload run as long as it needs", () => {
    expect(run(() => 1000, 3600)).toBeNull();
  });

  it("cuts a trickle once a whole window has passed under the pace", () => {
    expect(run(() => 10, 120)).toBe(10);
  });

  it("cuts a stall after a fast start, one window after the last bytes that kept it above the pace", () => {
    expect(run((second) => (second <= 20 ? 100_000 : 0), 120)).toBe(30);
  });

  it("forgives a short pause on a moving upload", () => {
    expect(run((second) => (second % 10 < 5 ? 3000 : 0), 600)).toBeNull();
  });

  it("does not count time after a restart against the upload", () => {
    const watch = createPaceWatch(pace, 0);
    expect(watch.isTooSlow(0, 9_000)).toBe(false);
    watch.restart(0, 9_000);
    expect(watch.isTooSlow(0, 18_000)).toBe(false);
    expect(watch.isTooSlow(0, 19_000)).toBe(true);
  });
});
