import { Prisma } from "@/lib/generated/prisma/client";
import { locales, type Locale } from "@/lib/i18n/locales";

type Translatable<T> = { en: T } & Partial<Record<Locale, T>>;
type OutdatedFields = Partial<Record<Locale, Partial<Record<string, string>>>>;

/**
 * A clinic's, doctor's or offer's text as translation rows: one per locale the document has, each carrying its outdated
 * fields (database NULL when current), and the locales the document leaves untranslated, whose rows go.
 */
export function translatableRows<T extends object>(text: Translatable<T>, outdated: OutdatedFields | undefined) {
  const has = (locale: Locale) => text[locale] !== undefined;
  return {
    rows: locales.filter(has).map((locale) => ({ locale, ...text[locale]!, translatedFrom: outdated?.[locale] ?? Prisma.DbNull })),
    untranslated: locales.filter((locale) => !has(locale)),
  };
}

/** The document's `translatedFrom` from translation rows: absent when every translation is current. */
export function outdatedFromRows(rows: { locale: Locale; translatedFrom: Prisma.JsonValue }[]): OutdatedFields | undefined {
  const outdated = locales.flatMap((locale) => {
    const fields = rows.find((row) => row.locale === locale)?.translatedFrom;
    return fields && typeof fields === "object" && Object.keys(fields).length ? [[locale, fields] as const] : [];
  });
  return outdated.length ? (Object.fromEntries(outdated) as OutdatedFields) : undefined;
}
