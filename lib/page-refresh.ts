import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { revalidatePath } from "next/cache";
import { listenForSignal, signalOnCommit } from "@/lib/database-signal";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
import { serverOrigin } from "@/lib/server-origin";

/**
 * Statically generated pages are refreshed on every instance when what they show changes (a published catalog change,
 * the operator's settings): the change signals on commit, each instance's listener hears it and asks its own server,
 * over the loopback, to mark the pages stale (Next.js revalidates only inside a request). The request carries a token
 * that never leaves the process.
 */
const refreshPath = "/api/internal/page-refresh";
const tokenHeader = "x-careport-internal";

// On globalThis: the listener (started by instrumentation) and the route handler are bundled separately.
const shared = globalThis as { careportInternalToken?: Buffer };
const internalToken = () => (shared.careportInternalToken ??= randomBytes(32));

/** Refreshes the pages on every instance once the surrounding transaction commits. */
export async function signalPagesChanged(tx: Prisma.TransactionClient) {
  await signalOnCommit(tx, "pages_changed");
}

/** Refreshes the pages on every instance now, for a change already committed. */
export async function announcePagesChanged() {
  await db.$executeRaw`SELECT pg_notify('pages_changed', '')`;
}

/** Every page, list, sitemap and share image is rendered again at its next visit. */
export function refreshPublicPages() {
  revalidatePath("/", "layout");
}

export function isInternalRequest(request: Request) {
  const token = Buffer.from(request.headers.get(tokenHeader) ?? "", "base64url");
  const expected = internalToken();
  return token.length === expected.length && timingSafeEqual(token, expected);
}

export function listenForPageChanges(): () => void {
  return listenForSignal("pages_changed", () => {
    const origin = serverOrigin();
    if (!origin) return;
    fetch(new URL(refreshPath, origin), { method: "POST", headers: { [tokenHeader]: internalToken().toString("base64url") } })
      .then((response) => {
        if (!response.ok) logger.error({ status: response.status }, "The pages could not be refreshed");
      })
      .catch((error: unknown) => logger.error({ err: error }, "The pages could not be refreshed"));
  });
}
