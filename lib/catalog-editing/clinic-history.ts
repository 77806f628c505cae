import "server-only";
import { db } from "@/lib/db";
import { inLocale, translated } from "@/lib/catalog/translation";
import { englishTreatmentNames } from "./treatment-names";
import { listVersions } from "./versions";

/** A clinic's published versions, newest first, with the English names that make its changes readable. */
export async function loadClinicHistory(itemId: string) {
  const [clinic, versions, treatmentNames] = await Promise.all([
    db.clinic.findUnique({ where: { id: itemId }, select: { slug: true, translations: { ...inLocale("en"), select: { name: true } } } }),
    listVersions("CLINIC", itemId),
    englishTreatmentNames(),
  ]);
  if (!clinic) return null;
  return {
    name: translated(clinic.translations, clinic.slug).name,
    versions,
    treatmentNames,
  };
}
