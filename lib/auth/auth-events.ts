import "server-only";
import { db } from "@/lib/db";
import type { AuthEventKind } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
import { safeForLog } from "@/lib/observability/safe-for-log";
import { clientIp, hashIp } from "@/lib/security/client-ip";

/** Appends to the security log. Never throws: a logging failure must not turn a refusal into a 500. */
export async function logAuthEvent(
  kind: AuthEventKind,
  requestHeaders: Headers,
  details: { userId?: string | null; emailHash?: string; detail?: string } = {},
) {
  try {
    await db.authEvent.create({
      data: {
        kind,
        userId: details.userId ?? null,
        emailHash: details.emailHash ?? null,
        ipHash: hashIp(clientIp(requestHeaders)),
        // Details can quote what a client sent (a probed file id): made safe, or the row itself would fail.
        detail: details.detail === undefined ? null : safeForLog(details.detail, 300),
      },
    });
  } catch (error) {
    logger.error({ err: error, kind }, "Could not write the security log");
  }
}
