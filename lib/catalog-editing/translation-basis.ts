import "server-only";
import { createHash } from "node:crypto";
import { translationLocales } from "@/lib/validation/catalog-content/fields";
import { offerBlock, sameField, textBlocks, type OutdatedField, type TextBlock } from "./translation-status";

/** The fingerprint of the English a translation was made from: enough to tell it changed, short enough to read. */
export const englishDigest = (english: string) => createHash("sha256").update(english).digest("hex").slice(0, 16);

type Translatable = Parameters<typeof textBlocks>[0];

/**
 * Works out which translations an editor's save leaves behind English, from the document before the save. A field
 * whose English changed while its translation did not becomes outdated, remembering the English it was made from; a
 * translation typed anew, or confirmed by the editor as still right, is current; English changed back makes it current
 * again. What the browser sent as `translatedFrom` is not trusted: only the editor's confirmations are.
 */
export function reconcileTranslations<Document extends Translatable>(previous: Translatable | null, next: Document, confirmed: OutdatedField[]): Document {
  const before = new Map(previous ? textBlocks(previous).map((block) => [block.key, block]) : []);
  const outdated = new Map(textBlocks(next).map((block) => [block.key, blockOutdated(before.get(block.key), block, confirmed)]));
  const document = withOutdated(next, outdated.get(""));
  if (!document.offers) return document;
  return { ...document, offers: document.offers.map((offer) => withOutdated(offer, outdated.get(offerBlock(offer.treatment)))) };
}

function blockOutdated(previous: TextBlock | undefined, next: TextBlock, confirmed: OutdatedField[]): TextBlock["translatedFrom"] {
  // A block new in this save (an item or offer just added) has nothing older to fall behind.
  if (!previous) return undefined;
  const entries = translationLocales.flatMap((locale) => {
    const translation = next.text[locale];
    if (!translation) return [];
    const fields = Object.keys(translation).flatMap((field) => {
      const english = next.text.en[field];
      const olderEnglish = previous.text.en[field];
      if (typeof english !== "string" || translation[field] !== previous.text[locale]?.[field]) return [];
      if (confirmed.some(sameField({ block: next.key, locale, field }))) return [];
      const kept = previous.translatedFrom?.[locale]?.[field];
      const digest = kept ?? (typeof olderEnglish === "string" && olderEnglish !== english ? englishDigest(olderEnglish) : undefined);
      return digest === undefined || digest === englishDigest(english) ? [] : [[field, digest] as const];
    });
    return fields.length ? [[locale, Object.fromEntries(fields)] as const] : [];
  });
  return entries.length ? Object.fromEntries(entries) : undefined;
}

function withOutdated<Block extends { translatedFrom?: unknown }>(block: Block, translatedFrom: TextBlock["translatedFrom"]): Block {
  const rest = { ...block };
  delete rest.translatedFrom;
  return translatedFrom ? { ...rest, translatedFrom } : rest;
}
