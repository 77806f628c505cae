export const locales = ["en", "ru", "uk", "de", "ar"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";
export const rtlLocales: readonly Locale[] = ["ar"];

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

export function textDirection(locale: Locale): "rtl" | "ltr" {
  return rtlLocales.includes(locale) ? "rtl" : "ltr";
}

/** A locale sent by the browser (a server action's argument, say): the default when it is not one of ours. */
export function resolveLocale(value: string): Locale {
  return isLocale(value) ? value : defaultLocale;
}
