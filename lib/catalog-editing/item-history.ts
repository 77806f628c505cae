import "server-only";
import { db } from "@/lib/db";
import type { CatalogItemKind } from "@/lib/generated/prisma/client";
import { inLocale, translated } from "@/lib/catalog/translation";
import { englishTreatmentNames } from "./treatment-names";
import { listVersions } from "./versions";

/** A clinic's or doctor's published versions, newest first, with the English names that make its changes readable. */
export async function loadItemHistory(kind: CatalogItemKind, itemId: string) {
  const select = { where: { id: itemId }, select: { slug: true, translations: { ...inLocale("en"), select: { name: true } } } };
  const [item, versions, treatmentNames] = await Promise.all([
    kind === "CLINIC" ? db.clinic.findUnique(select) : db.doctor.findUnique(select),
    listVersions(kind, itemId),
    englishTreatmentNames(),
  ]);
  if (!item) return null;
  return { name: translated(item.translations, item.slug).name, versions, treatmentNames };
}
