import type { Locale } from "./locales";

export function countryName(locale: Locale, countryCode: string) {
  return new Intl.DisplayNames([locale], { type: "region" }).of(countryCode) ?? countryCode;
}

export function languageName(locale: Locale, code: string) {
  return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
}

/** "A, B and C" with the locale's own separators (Arabic "A وB وC"). */
export function listOf(locale: Locale, items: string[]) {
  return new Intl.ListFormat(locale, { style: "short", type: "conjunction" }).format(items);
}

export function languageNames(locale: Locale, codes: string[]) {
  return listOf(locale, codes.map((code) => languageName(locale, code)));
}

/** Monday to Sunday (ISO weekdays 1–7), as the settings store working hours. */
export function weekdayNames(locale: Locale) {
  const format = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
  return [1, 2, 3, 4, 5, 6, 7].map((day) => format.format(new Date(Date.UTC(2024, 0, day))));
}
