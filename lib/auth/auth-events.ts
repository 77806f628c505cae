import "server-only";
import { db } from "@/lib/db";
import type { AuthEventKind } from "@/lib/generated/prisma/client";
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
        detail: details.detail?.slice(0, 300) ?? null,
      },
    });
  } catch (error) {
    console.error("Could not write the security log", error);
  }
}
