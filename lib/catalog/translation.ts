import type { Locale } from "@/lib/i18n/locales";

/** Catalog rows are loaded with `translations: { where: { locale } }`; a missing row is a seed bug the tests catch. */
export function translated<T>(translations: T[], what: string): T {
  const [translation] = translations;
  if (!translation) throw new Error(`Missing translation for ${what}`);
  return translation;
}

export const inLocale = (locale: Locale) => ({ where: { locale } });
