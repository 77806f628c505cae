import type { CatalogContent } from "@/lib/validation/catalog-content/catalog";
import { applyClinics, applyDoctors } from "./apply-clinics";
import { applyConditions, applyRecordTypes, applyReviewers, applySources, applyTreatments } from "./apply-medical";
import type { CatalogDatabase } from "./database";

/**
 * Writes a validated catalog document into the published tables, upserting by slug or key so the ids of existing
 * rows (which leads reference) never change. Inside an item the document is the whole truth: its translations,
 * offers, figures, records and links become exactly the file's. Items the file does not name are left as they are.
 * Run it in a transaction.
 */
export async function applyCatalogContent(tx: CatalogDatabase, content: CatalogContent) {
  const sources = await applySources(tx, content.sources);
  const reviewers = await applyReviewers(tx, content.reviewers);
  const recordTypes = await applyRecordTypes(tx, content.recordTypes);
  const medical = { sources, reviewers, recordTypes };
  const treatments = await applyTreatments(tx, content.treatments, medical);
  await applyConditions(tx, content.conditions, { ...medical, treatments });
  const clinics = await applyClinics(tx, content.clinics, { sources, reviewers, treatments });
  await applyDoctors(tx, content.doctors, { sources, reviewers, treatments, clinics });
}
