import "server-only";
import { db } from "@/lib/db";
import { inLocale, translated } from "@/lib/catalog/translation";

/** English treatment names by slug: the editor names a clinic's offers, and the changes to them, with these. */
export async function englishTreatmentNames(): Promise<Record<string, string>> {
  const treatments = await db.treatment.findMany({ select: { slug: true, translations: { ...inLocale("en"), select: { name: true } } } });
  return Object.fromEntries(treatments.map((treatment) => [treatment.slug, translated(treatment.translations, treatment.slug).name]));
}
