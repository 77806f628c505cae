import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { figureInclude, toFigureGroups } from "./figures";
import { offerText, toOffer, toServiceFee } from "./offers";
import { summarizePrices } from "./price-range";
import { publishedOnly } from "./published";
import { reviewerInclude, toReviewer } from "./reviewer";
import { priceFreshnessRule } from "./stale-offers";
import { inLocale, inLocaleOrEnglish, translated } from "./translation";
import { isSlug } from "@/lib/validation/slug";

export async function listTreatments(locale: Locale) {
  const rows = await db.treatment.findMany({
    orderBy: { sortOrder: "asc" },
    include: {
      translations: inLocale(locale),
      reviewer: reviewerInclude(locale),
      offers: { where: { clinic: publishedOnly }, select: { priceFrom: true, currency: true, priceUnit: true } },
    },
  });
  return rows.map((row) => {
    const text = translated(row.translations, row.slug);
    return {
      slug: row.slug,
      reviewedOn: row.reviewedOn,
      reviewer: toReviewer(row.reviewer),
      name: text.name,
      summary: text.summary,
      prices: summarizePrices(row.offers.map((offer) => toOffer(offer))),
    };
  });
}

// Wrapped in React cache(): a page and its generateMetadata ask for the same item within one render.
export const getTreatment = cache(async (slug: string, locale: Locale) => {
  if (!isSlug(slug)) return null;
  const row = await db.treatment.findUnique({
    where: { slug },
    include: {
      translations: inLocale(locale),
      reviewer: reviewerInclude(locale),
      figures: figureInclude(locale),
      requiredRecords: {
        orderBy: { sortOrder: "asc" },
        include: { recordType: { include: { translations: inLocale(locale) } } },
      },
      conditions: { include: { condition: { include: { translations: inLocale(locale) } } } },
      offers: {
        where: { clinic: publishedOnly },
        orderBy: { clinic: { sortOrder: "asc" } },
        include: {
          translations: inLocaleOrEnglish(locale),
          clinic: { include: { translations: inLocaleOrEnglish(locale) } },
        },
      },
    },
  });
  if (!row) return null;
  const freshness = await priceFreshnessRule();
  const offers = row.offers.map((offer) => {
    const clinicText = translated(offer.clinic.translations, offer.clinic.slug);
    return {
      ...toOffer(offer, freshness),
      ...offerText(offer.translations, offer.id),
      clinic: {
        slug: offer.clinic.slug,
        name: clinicText.name,
        city: clinicText.city,
        textLocale: clinicText.locale,
        countryCode: offer.clinic.countryCode,
        serviceFee: toServiceFee(offer.clinic),
      },
    };
  });
  return {
    slug: row.slug,
    reviewedOn: row.reviewedOn,
    reviewer: toReviewer(row.reviewer),
    ...translated(row.translations, row.slug),
    figureGroups: toFigureGroups(row.figures),
    records: row.requiredRecords.map(({ required, recordType }) => ({
      key: recordType.key,
      required,
      ...translated(recordType.translations, recordType.key),
    })),
    conditions: row.conditions.map(({ condition }) => ({
      slug: condition.slug,
      name: translated(condition.translations, condition.slug).name,
    })),
    offers,
    prices: summarizePrices(offers),
  };
});

export type TreatmentPage = NonNullable<Awaited<ReturnType<typeof getTreatment>>>;
