import type { TranslationLocale } from "@/lib/validation/catalog-content/fields";

type Text = Record<string, unknown>;
type OutdatedFields = Partial<Record<TranslationLocale, Partial<Record<string, string>>>>;

/** A part of an item translated as one: the item's own text, or one of a clinic's offers (`offers/<treatment>`). */
export interface TextBlock {
  key: string;
  text: { en: Text } & Partial<Record<TranslationLocale, Text>>;
  translatedFrom?: OutdatedFields;
}

/** A translated field whose English changed after it was translated. */
export interface OutdatedField {
  block: string;
  locale: TranslationLocale;
  field: string;
}

export type TranslationState = "missing" | "outdated" | "current";

interface TranslatableDocument {
  text: TextBlock["text"];
  translatedFrom?: OutdatedFields;
  offers?: { treatment: string; text: TextBlock["text"]; translatedFrom?: OutdatedFields }[];
}

export const offerBlock = (treatment: string) => `offers/${treatment}`;

/** The item's translatable parts; a part without English text (a document of another shape) has none. */
export function textBlocks(document: TranslatableDocument): TextBlock[] {
  const blocks = [
    { key: "", text: document.text, translatedFrom: document.translatedFrom },
    ...(document.offers ?? []).map((offer) => ({ key: offerBlock(offer.treatment), text: offer.text, translatedFrom: offer.translatedFrom })),
  ];
  return blocks.filter((block) => typeof block.text?.en === "object");
}

export function outdatedFields(document: TranslatableDocument): OutdatedField[] {
  return textBlocks(document).flatMap((block) =>
    Object.entries(block.translatedFrom ?? {}).flatMap(([locale, fields]) =>
      Object.keys(fields ?? {}).map((field) => ({ block: block.key, locale: locale as TranslationLocale, field })),
    ),
  );
}

export const sameField = (a: OutdatedField) => (b: OutdatedField) => a.block === b.block && a.locale === b.locale && a.field === b.field;

/**
 * Where one locale stands for an item: the blocks with no translation at all, the fields translated from an older
 * English, and in one word the worst of the two (missing before outdated).
 */
export function translationStatus(document: TranslatableDocument, locale: TranslationLocale, outdated = outdatedFields(document)) {
  const missing = textBlocks(document)
    .filter((block) => block.text[locale] === undefined)
    .map((block) => block.key);
  const stale = outdated.filter((field) => field.locale === locale);
  const state: TranslationState = missing.length ? "missing" : stale.length ? "outdated" : "current";
  return { state, missing, outdated: stale };
}
