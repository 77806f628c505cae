import type { ServerResponse } from "node:http";

/**
 * Next.js 16 answers the first request for a page that redirects while it is generated on demand (a renamed clinic's
 * old slug) with its Location header twice: the render sets it, then the new cache entry's headers are appended
 * (vercel/next.js#82117). Proxies and crawlers join the two into "/a, /a", which leads nowhere. Appending a Location
 * the response already has is dropped here until Next.js does it itself.
 */
export function keepLocationSingle(response: ServerResponse) {
  const append = response.appendHeader.bind(response);
  response.appendHeader = (name: string, value: string | readonly string[]) =>
    name.toLowerCase() === "location" && response.getHeader("location") === value ? response : append(name, value);
}
