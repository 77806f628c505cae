import { translationLocales } from "@/lib/validation/catalog-content/fields";

type Text = { en: Record<string, unknown> } & Partial<Record<(typeof translationLocales)[number], Record<string, unknown>>>;

const isEmpty = (fields: Record<string, unknown>) => Object.values(fields).every((value) => value === undefined || value === null || String(value).trim() === "");

/** The editor shows every translation's fields; one the editor left wholly empty is not made yet, so it is left out. */
export function withoutEmptyTranslations<T extends Text>(text: T): T {
  const kept = Object.entries(text).filter(([locale, fields]) => locale === "en" || (fields !== undefined && !isEmpty(fields as Record<string, unknown>)));
  return Object.fromEntries(kept) as T;
}
