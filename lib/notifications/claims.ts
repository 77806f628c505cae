import "server-only";
import { logger } from "@/lib/logger";
import { workerDb } from "./worker-db";

/** A claim lapses this long after its last renewal, so mail a dead worker held is sent by another within seconds. */
export const LEASE_SECONDS = 5;
const renewEveryMs = 1_000;

/** Claims due notifications with FOR UPDATE SKIP LOCKED, so several workers never take the same row. */
export async function claimDue(batchSize: number): Promise<string[]> {
  const rows = await workerDb().$queryRaw<{ id: string }[]>`
    UPDATE "Notification" SET "lockedUntil" = now() + make_interval(secs => ${LEASE_SECONDS})
    WHERE "id" IN (
      SELECT "id" FROM "Notification"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= now() AND ("lockedUntil" IS NULL OR "lockedUntil" < now())
      ORDER BY "nextAttemptAt"
      LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id"`;
  return rows.map((row) => row.id);
}

/**
 * Renews the lease on the ids in `held` every second until stopped; the caller removes an id once its outcome is
 * recorded. A send may wait up to 10 minutes for the server's reply (RFC 5321) without losing its claim.
 */
export function holdClaims(held: Set<string>): () => void {
  const timer = setInterval(() => {
    if (held.size === 0) return;
    workerDb()
      .$executeRaw`UPDATE "Notification" SET "lockedUntil" = now() + make_interval(secs => ${LEASE_SECONDS})
        WHERE "id" = ANY(${[...held]}) AND "status" = 'PENDING'`
      .catch((error: unknown) => logger.warn({ err: error }, "Could not renew the claim on notifications being sent"));
  }, renewEveryMs);
  return () => clearInterval(timer);
}

/** Makes the longest-waiting notification that could not reach the mail server due now: one message asks if it is back. */
export async function probeMailServer(): Promise<void> {
  await workerDb().$executeRaw`
    UPDATE "Notification" SET "nextAttemptAt" = now()
    WHERE "id" = (
      SELECT "id" FROM "Notification"
      WHERE "status" = 'PENDING' AND "awaitingServer" AND "nextAttemptAt" > now()
      ORDER BY "nextAttemptAt"
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )`;
}

/** The mail server answers again: everything that waited for it is due now, not at its own backoff step. */
export async function retryAwaitingServer(): Promise<number> {
  return workerDb().$executeRaw`
    UPDATE "Notification" SET "nextAttemptAt" = now()
    WHERE "status" = 'PENDING' AND "awaitingServer" AND "nextAttemptAt" > now()`;
}
