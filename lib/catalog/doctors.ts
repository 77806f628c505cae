import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { CatalogDatabase } from "@/lib/catalog-content/database";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { toPhoto } from "./photo";
import { publishedOnly } from "./published";
import { reviewerInclude, toReviewer } from "./reviewer";
import { inLocale, inLocaleOrEnglish, translated } from "./translation";
import { isSlug } from "@/lib/validation/slug";

const doctorInclude = (locale: Locale) => ({
  translations: inLocaleOrEnglish(locale),
  reviewer: reviewerInclude(locale),
  clinics: { where: { clinic: publishedOnly }, include: { clinic: { include: { translations: inLocaleOrEnglish(locale) } } } },
  treatments: {
    orderBy: { treatment: { sortOrder: "asc" as const } },
    include: { treatment: { include: { translations: inLocale(locale) } } },
  },
});

type DoctorRow = Awaited<ReturnType<typeof findDoctors>>[number];

function findDoctors(locale: Locale) {
  return db.doctor.findMany({ where: publishedOnly, orderBy: { sortOrder: "asc" }, include: doctorInclude(locale) });
}

function toDoctor(row: DoctorRow) {
  const text = translated(row.translations, row.slug);
  return {
    slug: row.slug,
    specialty: row.specialty,
    languages: row.languages,
    yearsOfExperience: row.yearsOfExperience,
    isDemo: row.isDemo,
    photo: toPhoto(row, text),
    reviewedOn: row.reviewedOn,
    reviewer: toReviewer(row.reviewer),
    name: text.name,
    title: text.title,
    metaDescription: text.metaDescription,
    bio: text.bio,
    textLocale: text.locale,
    clinics: row.clinics.map(({ clinic }) => {
      const text = translated(clinic.translations, clinic.slug);
      return { slug: clinic.slug, name: text.name, city: text.city, textLocale: text.locale, countryCode: clinic.countryCode };
    }),
    treatments: row.treatments.map(({ treatment }) => ({
      slug: treatment.slug,
      name: translated(treatment.translations, treatment.slug).name,
    })),
  };
}

export async function listDoctors(locale: Locale) {
  return (await findDoctors(locale)).map(toDoctor);
}

// Wrapped in React cache(): a page and its generateMetadata ask for the same item within one render.
export const getDoctor = cache(async (slug: string, locale: Locale) => {
  if (!isSlug(slug)) return null;
  return readDoctorPage(db, { slug, ...publishedOnly }, locale);
});

/** A doctor's page as visitors get it, read through `client`: the editor's preview reads a draft applied in a transaction. */
export async function readDoctorPage(client: CatalogDatabase, where: Prisma.DoctorWhereUniqueInput, locale: Locale) {
  const row = await client.doctor.findUnique({ where, include: doctorInclude(locale) });
  return row ? toDoctor(row) : null;
}

export type DoctorPage = NonNullable<Awaited<ReturnType<typeof getDoctor>>>;
