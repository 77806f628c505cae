import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { revalidatePath } from "next/cache";
import { listenForSignal, signalOnCommit } from "@/lib/database-signal";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
import { serverOrigin } from "@/lib/server-origin";

/**
 * Statically generated catalog pages are refreshed on every instance when a change is published: the publishing
 * transaction signals on commit, each instance's listener hears it and asks its own server, over loopback, to mark the
 * pages stale (Next.js revalidates only inside a request). The request carries a token that never leaves the process.
 */
const refreshPath = "/api/internal/catalog-refresh";
const tokenHeader = "x-careport-internal";

// On globalThis: the listener (started by instrumentation) and the route handler are bundled separately.
const shared = globalThis as { careportInternalToken?: Buffer };
const internalToken = () => (shared.careportInternalToken ??= randomBytes(32));

export async function signalCatalogChange(tx: Prisma.TransactionClient) {
  await signalOnCommit(tx, "catalog_changed");
}

/** Every page, list, sitemap and share image is rendered again at its next visit. */
export function refreshCatalogPages() {
  revalidatePath("/", "layout");
}

export function isInternalRequest(request: Request) {
  const token = Buffer.from(request.headers.get(tokenHeader) ?? "", "base64url");
  const expected = internalToken();
  return token.length === expected.length && timingSafeEqual(token, expected);
}

export function listenForCatalogChanges(): () => void {
  return listenForSignal("catalog_changed", () => {
    const origin = serverOrigin();
    if (!origin) return;
    fetch(new URL(refreshPath, origin), { method: "POST", headers: { [tokenHeader]: internalToken().toString("base64url") } })
      .then((response) => {
        if (!response.ok) logger.error({ status: response.status }, "The catalog pages could not be refreshed");
      })
      .catch((error: unknown) => logger.error({ err: error }, "The catalog pages could not be refreshed"));
  });
}
