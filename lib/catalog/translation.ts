import type { Locale } from "@/lib/i18n/locales";

/** Catalog rows are loaded with `translations: { where: { locale } }`; a missing row is a seed bug the tests catch. */
export function translated<T>(translations: T[], what: string): T {
  const [translation] = translations;
  if (!translation) throw new Error(`Missing translation for ${what}`);
  return translation;
}

export const inLocale = (locale: Locale) => ({ where: { locale } });

/**
 * For a clinic's, doctor's or offer's texts, which the operator may not have translated yet: the visitor's locale when
 * there is a row for it, else English. English is the Locale enum's first value, so it sorts last when descending.
 */
export const inLocaleOrEnglish = (locale: Locale) => ({ where: { locale: { in: [locale, "en" as const] } }, orderBy: { locale: "desc" as const }, take: 1 });
