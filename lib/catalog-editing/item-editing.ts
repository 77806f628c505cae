import "server-only";
import { db } from "@/lib/db";
import type { CatalogItemKind } from "@/lib/generated/prisma/client";
import type { ItemDraftInput } from "@/lib/validation/catalog-editing";
import type { DocumentChange, DocumentValue } from "./document-diff";
import { DraftGoneError, saveDraft } from "./drafts";
import { publishDraft, restoreVersion, setPublication } from "./publish";
import type { OutdatedField } from "./translation-status";
import { latestVersion } from "./versions";

/** Another editor's save that came first: what it changed, who made it, and the revision to save over it knowingly. */
export type SaveOutcome =
  | { result: "saved"; draftId: string; revision: number; outdatedTranslations: OutdatedField[] }
  | { result: "conflict"; changes: DocumentChange[]; by: string | null; at: string; draftId?: string; revision?: number }
  | "gone";

/** Saves the editor's clinic or doctor as its draft; the published item stays as it is. */
export async function saveItemDraft(kind: CatalogItemKind, actorId: string, input: ItemDraftInput): Promise<SaveOutcome> {
  try {
    const outcome = await saveDraft({ kind, ...input, document: input.document as DocumentValue, actorId });
    if (outcome.result === "saved") return outcome;
    const { theirs } = outcome;
    return { result: "conflict", changes: outcome.changes, by: theirs.updatedBy, at: theirs.updatedAt.toISOString(), draftId: theirs.id, revision: theirs.revision };
  } catch (error) {
    if (error instanceof DraftGoneError) return "gone";
    throw error;
  }
}

export type PublishOutcome =
  | SaveOutcome
  | ({ result: "published"; itemId: string; version: number; slug: string } & Pick<SavedDraft, "outdatedTranslations">)
  | ({ result: "invalid"; errors: string[] } & SavedDraft)
  | ({ result: "outdated"; changes: DocumentChange[]; latest: number } & SavedDraft);
/** A publish refused after the save still saved the draft: the editor's next save goes on from it. */
type SavedDraft = { draftId: string; revision: number; outdatedTranslations: OutdatedField[] };

/** Saves the editor's item, then publishes that draft: visitors see it once every instance has refreshed. */
export async function publishItem(kind: CatalogItemKind, actorId: string, input: ItemDraftInput): Promise<PublishOutcome> {
  const draft = await saveItemDraft(kind, actorId, input);
  if (typeof draft === "string" || draft.result !== "saved") return draft;
  const outcome = await publishDraft({ draftId: draft.draftId, revision: draft.revision, actorId });
  const { outdatedTranslations } = draft;
  if (outcome.result === "published") return { result: "published", itemId: outcome.itemId, version: outcome.version, slug: input.document.slug, outdatedTranslations };
  if (outcome.result === "gone") return "gone";
  // A version was published since the editor opened the clinic: their draft stays saved, they see what changed, and
  // publishing again from there goes over that version knowingly.
  const saved = { draftId: draft.draftId, revision: draft.revision, outdatedTranslations };
  if (outcome.result === "conflict") {
    const latest = input.itemId ? await latestVersion(db, kind, input.itemId) : null;
    return { result: "outdated", changes: outcome.changes, latest: latest?.number ?? 0, ...saved };
  }
  return { ...outcome, ...saved };
}

export type RestoreOutcome = { result: "restored"; version: number } | { result: "invalid"; errors: string[] } | { result: "outdated"; changes: DocumentChange[] } | "gone";

export async function restoreItemVersion(kind: CatalogItemKind, actorId: string, input: { itemId: string; number: number; expectedLatest: number }): Promise<RestoreOutcome> {
  const outcome = await restoreVersion({ kind, ...input, actorId });
  if (outcome.result === "published") return { result: "restored", version: outcome.version };
  if (outcome.result === "gone") return "gone";
  if (outcome.result === "conflict") return { result: "outdated", changes: outcome.changes };
  return outcome;
}

export type PublicationOutcome = { result: "unpublished" | "republished"; version: number } | { result: "invalid"; errors: string[] } | { result: "outdated"; changes: DocumentChange[] } | "gone";

/** Takes the item off the site, or puts it back, unless another version was published since the editor looked. */
export async function setItemPublication(kind: CatalogItemKind, actorId: string, input: { itemId: string; published: boolean; expectedLatest?: number }): Promise<PublicationOutcome> {
  const outcome = await setPublication({ kind, ...input, expectedLatest: input.expectedLatest ?? null, actorId });
  if (outcome.result === "published") return { result: input.published ? "republished" : "unpublished", version: outcome.version };
  if (outcome.result === "gone") return "gone";
  if (outcome.result === "conflict") return { result: "outdated", changes: outcome.changes };
  return outcome;
}
