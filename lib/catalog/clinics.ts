import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CatalogDatabase } from "@/lib/catalog-content/database";
import type { Locale } from "@/lib/i18n/locales";
import { offerText, toOffer, toServiceFee } from "./offers";
import { toPhoto } from "./photo";
import { priceFreshnessRule } from "./stale-offers";
import { publishedOnly } from "./published";
import { reviewerInclude, toReviewer } from "./reviewer";
import { inLocale, inLocaleOrEnglish, translated } from "./translation";
import { isSlug } from "@/lib/validation/slug";

export interface ClinicFilters {
  country?: string;
  treatment?: string;
}

export async function listClinics(locale: Locale, filters: ClinicFilters = {}) {
  const rows = await db.clinic.findMany({
    where: {
      ...publishedOnly,
      countryCode: filters.country,
      offers: filters.treatment ? { some: { treatment: { slug: filters.treatment } } } : undefined,
    },
    orderBy: { sortOrder: "asc" },
    include: {
      translations: inLocaleOrEnglish(locale),
      reviewer: reviewerInclude(locale),
      offers: {
        orderBy: { treatment: { sortOrder: "asc" } },
        include: { treatment: { include: { translations: inLocale(locale) } } },
      },
    },
  });
  return rows.map((row) => {
    const text = translated(row.translations, row.slug);
    return {
      slug: row.slug,
      name: text.name,
      city: text.city,
      summary: text.summary,
      textLocale: text.locale,
      countryCode: row.countryCode,
      accreditations: row.accreditations,
      languages: row.languages,
      serviceFee: toServiceFee(row),
      isDemo: row.isDemo,
      photo: toPhoto(row, text),
      reviewedOn: row.reviewedOn,
      reviewer: toReviewer(row.reviewer),
      treatments: row.offers.map((offer) => ({
        slug: offer.treatment.slug,
        name: translated(offer.treatment.translations, offer.treatment.slug).name,
      })),
    };
  });
}

export async function listClinicFilterOptions(locale: Locale) {
  const [countries, treatments] = await Promise.all([
    db.clinic.findMany({
      where: publishedOnly,
      distinct: ["countryCode"],
      select: { countryCode: true },
      orderBy: { countryCode: "asc" },
    }),
    db.treatment.findMany({
      where: { offers: { some: { clinic: publishedOnly } } },
      orderBy: { sortOrder: "asc" },
      include: { translations: inLocale(locale) },
    }),
  ]);
  return {
    countries: countries.map((row) => row.countryCode),
    treatments: treatments.map((row) => ({ slug: row.slug, name: translated(row.translations, row.slug).name })),
  };
}

// Wrapped in React cache(): a page and its generateMetadata ask for the same item within one render.
export const getClinic = cache(async (slug: string, locale: Locale) => {
  // A crafted URL (`/clinics/%00`) is simply not found: PostgreSQL refuses some characters a path can carry.
  if (!isSlug(slug)) return null;
  return readClinicPage(db, { slug, ...publishedOnly }, locale);
});

/** A clinic's page as visitors get it, read through `client`: the editor's preview reads a draft applied in a transaction. */
export async function readClinicPage(client: CatalogDatabase, where: Prisma.ClinicWhereUniqueInput, locale: Locale) {
  const row = await client.clinic.findUnique({
    where,
    include: {
      translations: inLocaleOrEnglish(locale),
      reviewer: reviewerInclude(locale),
      offers: {
        orderBy: { treatment: { sortOrder: "asc" } },
        include: {
          translations: inLocaleOrEnglish(locale),
          priceSource: true,
          treatment: { include: { translations: inLocale(locale) } },
        },
      },
      doctors: {
        where: { doctor: publishedOnly },
        orderBy: { doctor: { sortOrder: "asc" } },
        include: { doctor: { include: { translations: inLocaleOrEnglish(locale) } } },
      },
    },
  });
  if (!row) return null;
  const freshness = await priceFreshnessRule();
  const text = translated(row.translations, row.slug);
  return {
    slug: row.slug,
    countryCode: row.countryCode,
    accreditations: row.accreditations,
    languages: row.languages,
    serviceFee: toServiceFee(row),
    foundedYear: row.foundedYear,
    isDemo: row.isDemo,
    photo: toPhoto(row, text),
    reviewedOn: row.reviewedOn,
    reviewer: toReviewer(row.reviewer),
    name: text.name,
    city: text.city,
    summary: text.summary,
    metaDescription: text.metaDescription,
    description: text.description,
    textLocale: text.locale,
    offers: row.offers.map((offer) => ({
      ...toOffer(offer, freshness),
      ...offerText(offer.translations, offer.id),
      priceSource: offer.priceSource,
      treatment: { slug: offer.treatment.slug, name: translated(offer.treatment.translations, offer.treatment.slug).name },
    })),
    doctors: row.doctors.map(({ doctor }) => {
      const text = translated(doctor.translations, doctor.slug);
      return { slug: doctor.slug, name: text.name, title: text.title, textLocale: text.locale, specialty: doctor.specialty };
    }),
  };
}

export type ClinicPage = NonNullable<Awaited<ReturnType<typeof getClinic>>>;
