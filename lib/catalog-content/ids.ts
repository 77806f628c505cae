import type { Ids } from "./apply-clinics";
import type { IdsByName } from "./apply-medical";
import type { CatalogDatabase } from "./database";

/** The ids of what a clinic or doctor document refers to by name, as the database holds them now. */
export async function loadReferenceIds(db: CatalogDatabase): Promise<Ids & { clinics: IdsByName }> {
  const [sources, reviewers, treatments, clinics] = await Promise.all([
    db.source.findMany({ select: { id: true, key: true } }),
    db.medicalReviewer.findMany({ select: { id: true, key: true } }),
    db.treatment.findMany({ select: { id: true, slug: true } }),
    db.clinic.findMany({ select: { id: true, slug: true } }),
  ]);
  return {
    sources: new Map(sources.map((row) => [row.key, row.id])),
    reviewers: new Map(reviewers.map((row) => [row.key, row.id])),
    treatments: new Map(treatments.map((row) => [row.slug, row.id])),
    clinics: new Map(clinics.map((row) => [row.slug, row.id])),
  };
}
