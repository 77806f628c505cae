import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { publishedOnly } from "./published";
import { inLocale, inLocaleOrEnglish, translated } from "./translation";

/** What the consultation form offers to choose from, with each treatment's records checklist. */
export async function listConsultationOptions(locale: Locale) {
  const [treatments, clinics, doctors] = await Promise.all([
    db.treatment.findMany({
      orderBy: { sortOrder: "asc" },
      include: {
        translations: inLocale(locale),
        requiredRecords: {
          orderBy: { sortOrder: "asc" },
          include: { recordType: { include: { translations: inLocale(locale) } } },
        },
      },
    }),
    db.clinic.findMany({ where: publishedOnly, orderBy: { sortOrder: "asc" }, include: { translations: inLocaleOrEnglish(locale) } }),
    db.doctor.findMany({ where: publishedOnly, orderBy: { sortOrder: "asc" }, include: { translations: inLocaleOrEnglish(locale) } }),
  ]);
  const named = (row: { slug: string; translations: { name: string }[] }) => ({
    slug: row.slug,
    name: translated(row.translations, row.slug).name,
  });
  return {
    treatments: treatments.map((row) => ({
      ...named(row),
      records: row.requiredRecords.map(({ required, recordType }) => ({
        key: recordType.key,
        required,
        name: translated(recordType.translations, recordType.key).name,
      })),
    })),
    clinics: clinics.map(named),
    doctors: doctors.map(named),
  };
}
