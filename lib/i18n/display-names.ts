import type { Locale } from "./locales";

export function countryName(locale: Locale, countryCode: string) {
  return new Intl.DisplayNames([locale], { type: "region" }).of(countryCode) ?? countryCode;
}

export function languageNames(locale: Locale, codes: string[]) {
  const names = new Intl.DisplayNames([locale], { type: "language" });
  return new Intl.ListFormat(locale, { style: "short", type: "conjunction" }).format(
    codes.map((code) => names.of(code) ?? code),
  );
}
