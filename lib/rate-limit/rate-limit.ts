import "server-only";
import { db } from "@/lib/db";

export interface RateLimitResult {
  allowed: boolean;
  retryAfterSeconds: number;
}

/**
 * Sliding-window limit kept in PostgreSQL, so it holds across app instances. Attempts for one bucket are
 * serialized with a transaction-scoped advisory lock; a refused attempt is not recorded.
 */
export async function consumeRateLimit(bucket: string, max: number, windowSeconds: number): Promise<RateLimitResult> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${bucket}))`;
    const since = new Date(Date.now() - windowSeconds * 1000);
    const recent = await tx.rateLimitHit.findMany({
      where: { bucket, createdAt: { gt: since } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
      take: max,
    });
    if (recent.length >= max) {
      const oldest = recent[0]!.createdAt.getTime();
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowSeconds * 1000 - Date.now()) / 1000)) };
    }
    await tx.rateLimitHit.create({ data: { bucket } });
    return { allowed: true, retryAfterSeconds: 0 };
  });
}

/** Rows older than the longest window can go (run by the job runner). */
export async function purgeRateLimitHits(olderThanSeconds: number): Promise<number> {
  const { count } = await db.rateLimitHit.deleteMany({
    where: { createdAt: { lt: new Date(Date.now() - olderThanSeconds * 1000) } },
  });
  return count;
}
