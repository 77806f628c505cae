import type { CatalogDatabase } from "./database";
import { readClinics, readDoctors } from "./read-clinics";
import { readConditions, readRecordTypes, readReviewers, readSources, readTreatments } from "./read-medical";

/** The kinds of the content file, in the order the file lists them (and the import applies them). */
export const catalogKinds = ["sources", "reviewers", "recordTypes", "conditions", "treatments", "clinics", "doctors"] as const;
export type CatalogKind = (typeof catalogKinds)[number];

/**
 * Every catalog item in the database as the document the content file holds, with its sort order, in the order of
 * the public pages. Documents are not validated here: the export validates them, the import compares them.
 */
export async function readCatalogItems(db: CatalogDatabase) {
  return {
    sources: await readSources(db),
    reviewers: await readReviewers(db),
    recordTypes: await readRecordTypes(db),
    conditions: await readConditions(db),
    treatments: await readTreatments(db),
    clinics: await readClinics(db),
    doctors: await readDoctors(db),
  } satisfies Record<CatalogKind, unknown[]>;
}

export type CatalogItems = Awaited<ReturnType<typeof readCatalogItems>>;

export const itemName = (document: { key: string } | { slug: string }) => ("key" in document ? document.key : document.slug);
