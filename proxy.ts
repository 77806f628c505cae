import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { routing } from "@/lib/i18n/routing";
import { contentSecurityPolicy, newNonce, perRequestPageHeaders, policyOptions, rendersPerRequest } from "@/lib/security/headers";

const handleI18nRouting = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!rendersPerRequest(pathname)) return handleI18nRouting(request);
  const policy = contentSecurityPolicy({ ...policyOptions(env), nonce: newNonce() });
  // Next.js takes the nonce from the request's policy and puts it on its own scripts; next-intl passes the request
  // headers on to the page.
  request.headers.set("Content-Security-Policy", policy);
  const response = handleI18nRouting(request);
  for (const [name, value] of Object.entries(perRequestPageHeaders(pathname, policy))) response.headers.set(name, value);
  return response;
}

export const config = {
  // Never let the proxy touch /api: it buffers and truncates large request bodies (vercel/next.js#84539).
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
