import "server-only";
import { env } from "@/lib/env";

/**
 * Route handlers get no CSRF protection from Next.js: a state-changing request must carry an Origin that is ours,
 * either the configured APP_URL or the host the request was sent to. A missing or "null" Origin is refused.
 * X-Forwarded-Host/-Proto are set by the production server (scripts/server.ts): a trusted proxy's values
 * (TRUSTED_PROXIES), otherwise the Host header and the socket's protocol; a client's own are dropped.
 */
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  const protocol = headers.get("x-forwarded-proto") ?? new URL(env.APP_URL).protocol.replace(":", "");
  const allowed = new Set([new URL(env.APP_URL).origin]);
  if (host) allowed.add(`${protocol}://${host}`);
  return allowed.has(origin);
}
