import { locales, type Locale } from "@/lib/i18n/locales";
import { slug } from "../slug";
import { requiredLine } from "../text";
import * as z from "../zod";

/** A slug or key that names an item in the content file and in the database (`y90-radioembolization`). */
export const contentKey = slug;

/** A calendar day written the ISO way, `2026-11-20`. */
export const isoDay = z.iso.date();

export const line = requiredLine;

export const searchSnippet = requiredLine(160);

export const currencyCode = z.string().check(z.regex(/^[A-Z]{3}$/, "currency: three capital letters (ISO 4217)"));

/** A spoken language as ISO 639 (`tr`, `ru`). */
export const languageCode = z.string().check(z.regex(/^[a-z]{2,3}$/, "language: ISO 639 code in lower case"));

export const languageCodes = z.array(languageCode).check(z.minLength(1, "at least one language"));

/** An amount stored as DECIMAL(12, 2). */
export const amount = z.number().check(
  z.positive("must be positive"),
  z.lt(10_000_000_000, "too large"),
  z.refine((value) => Math.round(value * 100) === value * 100, "at most two decimals"),
);

export const reviewFields = { reviewedOn: isoDay, reviewedBy: contentKey };

/** `true` while the item is off the site (README, "Unpublished items"); absent while it is published. */
export const unpublished = z.optional(z.literal(true));

/** A photo is its address and its size together (the database's CHECK constraint); the alt text is per locale. */
export const photo = z.strictObject({
  // Printable ASCII only: anything else in an address is percent-encoded, and NUL would not fit in the versions' JSON.
  url: z.string().check(z.regex(/^(\/|https:\/\/)[\x21-\x7e]+$/, "a site path or an https address, other characters percent-encoded")),
  width: z.int().check(z.positive()),
  height: z.int().check(z.positive()),
});

/** The same fields in every one of the five locales, none missing. */
export function localized<Shape extends z.$ZodLooseShape>(shape: Shape) {
  const text = z.strictObject(shape);
  const perLocale = Object.fromEntries(locales.map((locale) => [locale, text])) as Record<Locale, typeof text>;
  return z.strictObject(perLocale);
}

export type TranslationLocale = Exclude<Locale, "en">;
export const translationLocales = locales.filter((locale): locale is TranslationLocale => locale !== "en") as [TranslationLocale, ...TranslationLocale[]];

/**
 * Text the operator translates: English always, each other locale whole or not at all (visitors then read English).
 * A translation is all of its fields because a page mixing two languages within one block would read as broken.
 */
export function translatable<Shape extends z.$ZodLooseShape>(shape: Shape) {
  const text = z.strictObject(shape);
  const translations = Object.fromEntries(translationLocales.map((locale) => [locale, z.optional(text)])) as Record<TranslationLocale, z.ZodMiniOptional<typeof text>>;
  return z.strictObject({ en: text, ...translations });
}

/** A short fingerprint of the English text a translation was made from (lib/catalog-editing/translation-basis.ts). */
export const englishDigest = z.string().check(z.regex(/^[0-9a-f]{16}$/, "a 16-digit hexadecimal digest"));

/**
 * Which translated fields were made from an English text that has changed since, per locale: the field's entry is the
 * digest of that older English. A field without an entry is current; the whole map is absent when nothing is outdated.
 */
export function outdatedTranslations<const Field extends string>(fields: readonly [Field, ...Field[]]) {
  const perField = z.partialRecord(z.enum(fields), englishDigest);
  return z.optional(z.partialRecord(z.enum(translationLocales), perField));
}
