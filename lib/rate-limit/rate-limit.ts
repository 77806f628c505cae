import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface RateLimitResult {
  allowed: boolean;
  retryAfterSeconds: number;
}

/**
 * A fixed-window counter per bucket, kept in PostgreSQL so the limit holds across app instances: the first attempt
 * opens a window of `windowSeconds`, the attempts in it are counted, and the first attempt after it opens the next
 * one. So at most `max` attempts pass per window, and at most 2 × `max` across a window's boundary. It is one
 * atomic upsert: concurrent attempts never pass more than `max`, and the row lock lasts that one statement, so
 * attempts on a busy bucket do not hold pooled connections through another attempt's round trips. A refused
 * attempt is counted too, which changes nothing: the window ends at the same time.
 *
 * Pass a transaction as `client` to count the attempt only if that transaction commits.
 */
export async function consumeRateLimit(
  bucket: string,
  max: number,
  windowSeconds: number,
  client: Pick<Prisma.TransactionClient, "$queryRaw"> = db,
): Promise<RateLimitResult> {
  const [row] = await client.$queryRaw<{ count: number; retryAfterSeconds: number }[]>`
    INSERT INTO "RateLimitBucket" AS b ("bucket", "windowStart", "count") VALUES (${bucket}, now(), 1)
    ON CONFLICT ("bucket") DO UPDATE SET
      "windowStart" = CASE WHEN b."windowStart" <= now() - make_interval(secs => ${windowSeconds}) THEN now() ELSE b."windowStart" END,
      "count" = CASE WHEN b."windowStart" <= now() - make_interval(secs => ${windowSeconds}) THEN 1 ELSE b."count" + 1 END
    RETURNING "count",
      ceil(extract(epoch FROM "windowStart" + make_interval(secs => ${windowSeconds}) - now()))::int AS "retryAfterSeconds"`;
  if (!row) throw new Error("The rate-limit upsert returned no row");
  return row.count <= max ? { allowed: true, retryAfterSeconds: 0 } : { allowed: false, retryAfterSeconds: Math.max(1, row.retryAfterSeconds) };
}

/**
 * Takes back an attempt that turned out not to be what the limit is about (a sign-in with the right password is not
 * a guess). Never below zero; if the window has rolled over meanwhile, the new window is one attempt lighter.
 */
export async function refundRateLimit(bucket: string): Promise<void> {
  await db.$executeRaw`UPDATE "RateLimitBucket" SET "count" = "count" - 1 WHERE "bucket" = ${bucket} AND "count" > 0`;
}

/** Counters whose window ended long ago can go (run by the job runner); an absent row is an empty window. */
export async function purgeExpiredRateLimits(olderThanSeconds: number): Promise<number> {
  const { count } = await db.rateLimitBucket.deleteMany({
    where: { windowStart: { lt: new Date(Date.now() - olderThanSeconds * 1000) } },
  });
  return count;
}
