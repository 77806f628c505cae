import "server-only";
import { db } from "@/lib/db";
import { getSettings } from "@/lib/settings/settings";
import { clinicContentSchema, type ClinicContent } from "@/lib/validation/catalog-content/clinics";
import { findDraft } from "./drafts";
import { readItemDocument } from "./item-document";
import { latestVersion } from "./versions";
import { englishTreatmentNames } from "./treatment-names";

/**
 * What the clinic editor opens with: the pending draft if there is one (with its revision, so a save beside another
 * editor's is told), else the published clinic and the version it is; and when prices turn stale.
 */
export async function loadClinicForEditing(itemId: string, now = new Date()) {
  const [draft, published, latest, { priceStaleAfterDays }, treatmentNames] = await Promise.all([
    findDraft("CLINIC", itemId),
    readItemDocument(db, "CLINIC", itemId),
    latestVersion(db, "CLINIC", itemId),
    getSettings(),
    englishTreatmentNames(),
  ]);
  if (!published) return null;
  // A draft saved before a schema change may no longer parse: the editor then starts from the published clinic.
  const fromDraft = draft && clinicContentSchema.safeParse(draft.document);
  const document: ClinicContent = fromDraft?.success ? fromDraft.data : clinicContentSchema.parse(published);
  return {
    itemId,
    document,
    draft: draft && fromDraft?.success ? { id: draft.id, revision: draft.revision, baseVersion: draft.baseVersion ?? undefined, savedAt: draft.updatedAt } : undefined,
    baseVersion: latest?.number,
    draftBy: draft?.updatedBy?.name,
    priceStaleAfterDays,
    today: now.toISOString().slice(0, 10),
    treatmentNames,
  };
}
export type ClinicEditorState = NonNullable<Awaited<ReturnType<typeof loadClinicForEditing>>>;
