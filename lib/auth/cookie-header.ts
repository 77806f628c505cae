/**
 * The Cookie header a browser would send after these response headers, for callers outside a request (tests,
 * benchmarks); inside a server action the nextCookies plugin has already set the cookies.
 */
export function cookieHeaderFrom(responseHeaders: Headers): string {
  return responseHeaders
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0]!)
    .filter((pair) => !pair.endsWith("="))
    .join("; ");
}
