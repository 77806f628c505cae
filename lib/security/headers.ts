/**
 * The security headers, as pure functions: next.config.ts sends `securityHeaders` and the static policy with every
 * response; proxy.ts sends `perRequestPageHeaders`, with a policy of their own, for the pages that render per request.
 */
// Relative, not "@/": next.config.ts imports this module, and its loader does not resolve the alias.
import { locales } from "../i18n/locales";

export interface PolicyOptions {
  production: boolean;
  /** Only where the public origin is https: on plain http every subresource would be sent to a port with no TLS. */
  upgradeInsecureRequests: boolean;
  /** Per request; without it the policy is the static one, for pages generated at build time. */
  nonce?: string;
}

/** The policy's inputs that depend on where the app runs, from the validated environment. */
export function policyOptions(env: { NODE_ENV: string; APP_URL: string }): PolicyOptions {
  return { production: env.NODE_ENV === "production", upgradeInsecureRequests: env.APP_URL.startsWith("https:") };
}

export function contentSecurityPolicy({ production, upgradeInsecureRequests, nonce }: PolicyOptions): string {
  const scripts = nonce
    ? ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]
    : // A page generated at build time cannot carry a nonce, and its inline scripts (Next.js's bootstrap and RSC
      // payload) differ per page and build, so no one list of hashes fits them (Next.js's experimental SRI covers only
      // script files): inline scripts have to be allowed.
      ["'self'", "'unsafe-inline'"];
  // React uses eval in development only, to rebuild server error stacks in the browser.
  if (!production) scripts.push("'unsafe-eval'");
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", ...scripts],
    // Next.js's built-in error pages use style attributes, which a nonce cannot allow.
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
  ];
  if (upgradeInsecureRequests) directives.push(["upgrade-insecure-requests"]);
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/** Sent with every response: pages, route handlers, static files. */
export function securityHeaders({ production }: { production: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    // By environment, not by the request's scheme: behind a TLS proxy the app only sees http. Browsers ignore HSTS
    // received over plain http, so `next start` on http may send it.
    ...(production ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/**
 * For a page rendered per request: its own nonce, so it must never be served from a shared cache to someone else.
 * The coordinators' workspace is never indexed either.
 */
export function perRequestPageHeaders(pathname: string, policy: string): Record<string, string> {
  return {
    "Content-Security-Policy": policy,
    "Cache-Control": "private, no-store",
    ...(isAdminPath(pathname) ? { "X-Robots-Tag": "noindex, nofollow" } : {}),
  };
}

const localePrefix = `(?:/(?:${locales.join("|")}))?`;
const adminPath = new RegExp(`^${localePrefix}/admin(?:/|$)`);
// Pages that read the request (session, search parameters, a signed form token); every other page is generated at
// build time and must keep the static policy, or its scripts, which carry no nonce, would be blocked.
const perRequestPath = new RegExp(`^${localePrefix}/(?:admin(?:/|$)|consultation(?:/|$)|clinics/?$)`);

export const isAdminPath = (pathname: string) => adminPath.test(pathname);
export const rendersPerRequest = (pathname: string) => perRequestPath.test(pathname);

/** 128 random bits, base64 (CSP nonce-source syntax). */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}
