import { locales, type Locale } from "@/lib/i18n/locales";

type Localized<T> = Record<Locale, T>;

/** A document's per-locale text as translation rows, one per locale. */
export function translationRows<T extends object>(text: Localized<T>) {
  return locales.map((locale) => ({ locale, ...text[locale] }));
}

/**
 * Translation rows back into a document's per-locale text, keeping only `fields` (in that order) and dropping null
 * optional fields, so the document reads the same as the file it came from. A missing locale stays missing: the
 * schema then names it.
 */
export function localizedText<Row extends { locale: Locale }, Field extends keyof Row & string>(rows: Row[], fields: readonly Field[]) {
  const entries = rows
    .toSorted((a, b) => locales.indexOf(a.locale) - locales.indexOf(b.locale))
    .map((row) => [row.locale, Object.fromEntries(fields.filter((field) => row[field] !== null).map((field) => [field, row[field]]))]);
  return Object.fromEntries(entries) as Localized<{ [K in Field]: NonNullable<Row[K]> }>;
}

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
export const fromIsoDay = (day: string) => new Date(`${day}T00:00:00Z`);

/** Optional fields as the document writes them: absent rather than null. */
export const present = <T>(value: T | null) => (value === null ? undefined : value);

/** Who reviewed an item and when, as the document writes it. */
export const reviewDocument = (row: { reviewedOn: Date; reviewer: { key: string } | null }) => ({
  reviewedOn: isoDay(row.reviewedOn),
  reviewedBy: row.reviewer?.key,
});
