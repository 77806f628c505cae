import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { consumeRateLimit, purgeExpiredRateLimits } from "@/lib/rate-limit/rate-limit";

const freshBucket = () => `test:${randomUUID()}`;

describe("rate limit", () => {
  it("never lets concurrent attempts past the limit", async () => {
    const bucket = freshBucket();
    const results = await Promise.all(Array.from({ length: 40 }, () => consumeRateLimit(bucket, 10, 600)));
    expect(results.filter((result) => result.allowed)).toHaveLength(10);
    for (const refused of results.filter((result) => !result.allowed)) {
      expect(refused.retryAfterSeconds).toBeGreaterThan(590);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(600);
    }
  });

  it("keeps one counter row per bucket and opens a new window once the old one has ended", async () => {
    const bucket = freshBucket();
    for (let attempt = 0; attempt < 3; attempt += 1) expect((await consumeRateLimit(bucket, 3, 60)).allowed).toBe(true);
    expect(await consumeRateLimit(bucket, 3, 60)).toMatchObject({ allowed: false });
    expect(await db.rateLimitBucket.findUniqueOrThrow({ where: { bucket } })).toMatchObject({ count: 4 });

    await db.rateLimitBucket.update({ where: { bucket }, data: { windowStart: new Date(Date.now() - 61_000) } });
    expect(await consumeRateLimit(bucket, 3, 60)).toEqual({ allowed: true, retryAfterSeconds: 0 });
    expect(await db.rateLimitBucket.findUniqueOrThrow({ where: { bucket } })).toMatchObject({ count: 1 });
  });

  it("counts an attempt made in a transaction only if the transaction commits", async () => {
    const bucket = freshBucket();
    await expect(
      db.$transaction(async (tx) => {
        await consumeRateLimit(bucket, 1, 60, tx);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect((await consumeRateLimit(bucket, 1, 60)).allowed).toBe(true);
  });

  it("purges counters whose window ended a day ago and keeps the others", async () => {
    const [old, recent] = [freshBucket(), freshBucket()];
    await consumeRateLimit(old, 5, 600);
    await consumeRateLimit(recent, 5, 600);
    await db.rateLimitBucket.update({ where: { bucket: old }, data: { windowStart: new Date(Date.now() - 25 * 3600_000) } });
    expect(await purgeExpiredRateLimits(24 * 3600)).toBeGreaterThanOrEqual(1);
    expect(await db.rateLimitBucket.findMany({ where: { bucket: { in: [old, recent] } }, select: { bucket: true } })).toEqual([{ bucket: recent }]);
  });
});
