import { hasControlCharacter } from "@/lib/validation/text";

/**
 * Whether a request's path is one the app can route: valid percent-encoding (Next.js answers a 500 to `/%C0%80` or
 * `/%ZZ`) and no control characters once decoded (they reach file names in Next.js's cache and database queries).
 * The query string is left to the pages, which parse it with their own schemas.
 */
export function isRoutablePath(url: string): boolean {
  const path = url.split("?")[0] ?? "";
  try {
    return !hasControlCharacter(decodeURIComponent(path));
  } catch {
    return false;
  }
}
