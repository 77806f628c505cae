import type { Locale } from "@/lib/i18n/locales";

/**
 * Where to go after signing in: only a path inside this locale's admin area, so a crafted `next` can never send a
 * coordinator to another site (`//evil.example`, `/\evil`) or anywhere outside the workspace.
 */
export function adminReturnPath(next: string | null | undefined, locale: Locale): string {
  // The workspace home opens the first page the account's roles allow.
  const fallback = `/${locale}/admin`;
  if (!next || !/^\/[a-z]{2}\/admin(\/[A-Za-z0-9_\-/]*)?(\?[A-Za-z0-9_\-=&%.]*)?$/.test(next)) return fallback;
  if (next.includes("//") || !next.startsWith(`/${locale}/admin`) || next.startsWith(`/${locale}/admin/sign-in`)) return fallback;
  return next;
}
