import "server-only";
import { db } from "@/lib/db";
import type { CatalogItemKind } from "@/lib/generated/prisma/client";
import { inLocale, translated } from "@/lib/catalog/translation";
import { getSettings } from "@/lib/settings/settings";
import { clinicContentSchema, type ClinicContent } from "@/lib/validation/catalog-content/clinics";
import { doctorContentSchema, type DoctorContent } from "@/lib/validation/catalog-content/doctors";
import { blankClinic, blankDoctor } from "./blank-documents";
import { findDraft, findNewItemDraft } from "./drafts";
import { readItemDocument } from "./item-document";
import { latestVersion } from "./versions";
import { englishTreatmentNames } from "./treatment-names";

const schemas = { CLINIC: clinicContentSchema, DOCTOR: doctorContentSchema } as const;
type Documents = { CLINIC: ClinicContent; DOCTOR: DoctorContent };

/**
 * What an item's editor opens with: the pending draft if there is one (with its revision, so a save beside another
 * editor's is told), else the published item and the version it is; and the English names its references read as.
 */
export async function loadItemForEditing<Kind extends CatalogItemKind>(kind: Kind, itemId: string, now = new Date()) {
  const [draft, published, latest, treatmentNames] = await Promise.all([
    findDraft(kind, itemId),
    readItemDocument(db, kind, itemId),
    latestVersion(db, kind, itemId),
    englishTreatmentNames(),
  ]);
  if (!published) return null;
  const schema = schemas[kind];
  // A draft saved before a schema change may no longer parse: the editor then starts from the published item.
  const fromDraft = draft && schema.safeParse(draft.document);
  const document = (fromDraft?.success ? fromDraft.data : schema.parse(published)) as Documents[Kind];
  return {
    itemId,
    document,
    draft: draft && fromDraft?.success ? { id: draft.id, revision: draft.revision, baseVersion: draft.baseVersion ?? undefined, savedAt: draft.updatedAt } : undefined,
    baseVersion: latest?.number,
    unpublished: (published as { unpublished?: true }).unpublished === true,
    draftBy: draft?.updatedBy?.name,
    today: now.toISOString().slice(0, 10),
    treatmentNames,
    reviewerNames: await englishReviewerNames(),
  };
}

/**
 * A new item's editor: its saved draft when it has one (`draftId`), else an empty document. It has no id, version or
 * place on the site until it is first published.
 */
export async function loadNewItemForEditing<Kind extends CatalogItemKind>(kind: Kind, draftId: string | undefined, now = new Date()) {
  const [draft, treatmentNames, reviewerNames] = await Promise.all([draftId ? findNewItemDraft(kind, draftId) : null, englishTreatmentNames(), englishReviewerNames()]);
  if (draftId && !draft) return null;
  const fromDraft = draft && schemas[kind].safeParse(draft.document);
  const document = (fromDraft?.success ? fromDraft.data : kind === "CLINIC" ? blankClinic() : blankDoctor()) as Documents[Kind];
  return {
    itemId: undefined,
    document,
    draft: draft ? { id: draft.id, revision: draft.revision, baseVersion: undefined, savedAt: draft.updatedAt } : undefined,
    baseVersion: undefined,
    unpublished: false,
    draftBy: draft?.updatedBy?.name,
    today: now.toISOString().slice(0, 10),
    treatmentNames,
    reviewerNames,
  };
}

async function englishReviewerNames(): Promise<Record<string, string>> {
  const reviewers = await db.medicalReviewer.findMany({ orderBy: { key: "asc" }, select: { key: true, translations: { ...inLocale("en"), select: { name: true } } } });
  return Object.fromEntries(reviewers.map((reviewer) => [reviewer.key, translated(reviewer.translations, reviewer.key).name]));
}

/** The clinic editor also flags stale prices. `itemId` undefined opens a new clinic (its draft, if `draftId`). */
export async function loadClinicForEditing(item: { itemId: string } | { draftId?: string }, now = new Date()) {
  const [state, { priceStaleAfterDays }] = await Promise.all(["itemId" in item ? loadItemForEditing("CLINIC", item.itemId, now) : loadNewItemForEditing("CLINIC", item.draftId, now), getSettings()]);
  return state && { ...state, priceStaleAfterDays };
}

/** The doctor editor chooses the doctor's clinics among all of the catalog's, by English name. */
export async function loadDoctorForEditing(item: { itemId: string } | { draftId?: string }) {
  const [state, clinicNames] = await Promise.all(["itemId" in item ? loadItemForEditing("DOCTOR", item.itemId) : loadNewItemForEditing("DOCTOR", item.draftId), englishClinicNames()]);
  return state && { ...state, clinicNames };
}

async function englishClinicNames(): Promise<Record<string, string>> {
  const clinics = await db.clinic.findMany({ orderBy: { sortOrder: "asc" }, select: { slug: true, translations: { ...inLocale("en"), select: { name: true } } } });
  return Object.fromEntries(clinics.map((clinic) => [clinic.slug, translated(clinic.translations, clinic.slug).name]));
}

export type ClinicEditorState = NonNullable<Awaited<ReturnType<typeof loadClinicForEditing>>>;
