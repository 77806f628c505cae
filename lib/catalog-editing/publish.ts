import "server-only";
import { db } from "@/lib/db";
import { Prisma, type CatalogItemKind, type CatalogVersionAction } from "@/lib/generated/prisma/client";
import { applyClinic, applyDoctor } from "@/lib/catalog-content/apply-clinics";
import { loadReferenceIds } from "@/lib/catalog-content/ids";
import { recordSlugRename, releaseSlug } from "@/lib/catalog/slug-redirects";
import { signalPagesChanged } from "@/lib/page-refresh";
import { diffDocuments, type DocumentChange, type DocumentValue } from "./document-diff";
import { checkItemDocument, itemWithSlug, readItemDocument } from "./item-document";
import { findVersion, latestVersion, NewerVersionError, recordVersion } from "./versions";

export type PublishOutcome =
  | { result: "published"; itemId: string; version: number }
  | { result: "invalid"; errors: string[] }
  /** Someone saved the draft or published the item since the editor loaded it: nothing was published. */
  | { result: "conflict"; changes: DocumentChange[] }
  | { result: "gone" };

interface Publication {
  kind: CatalogItemKind;
  itemId: string | undefined;
  document: DocumentValue;
  action: CatalogVersionAction;
  actorId: string;
  expectedLatest: number | null;
  /** Runs in the publishing transaction; throwing DraftChangedError there refuses the publish. */
  alsoInTransaction?: (tx: Prisma.TransactionClient) => Promise<void>;
}

class DraftChangedError extends Error {}

/**
 * Applies a document to the published catalog, keeps it as the item's next version and signals every instance to
 * refresh its pages, in one transaction: visitors see the whole change or none of it.
 */
async function publish(publication: Publication): Promise<PublishOutcome> {
  const { kind, itemId, document } = publication;
  const ids = await loadReferenceIds(db);
  const slugOwner = await itemWithSlug(db, kind, document);
  const checked = checkItemDocument(kind, document, { ids, slugOwner, itemId });
  if (!checked.ok) return { result: "invalid", errors: checked.errors };
  try {
    return await db.$transaction(async (tx) => {
      await publication.alsoInTransaction?.(tx);
      const { sortOrder, slug: publishedSlug } = await currentPlacement(tx, kind, itemId);
      const placement = { id: itemId, sortOrder };
      const id =
        checked.item.kind === "CLINIC"
          ? await applyClinic(tx, checked.item.document, ids, placement)
          : await applyDoctor(tx, checked.item.document, ids, placement);
      // A renamed item's old address keeps answering (308); a new item's slug stops being another item's old address.
      const { slug } = checked.item.document;
      await (publishedSlug ? recordSlugRename(tx, kind, id, publishedSlug, slug) : releaseSlug(tx, kind, slug));
      const version = await recordVersion(tx, {
        kind,
        itemId: id,
        action: publication.action,
        document: checked.item.document as DocumentValue,
        actorId: publication.actorId,
        expectedLatest: publication.expectedLatest,
      });
      await signalPagesChanged(tx);
      return { result: "published" as const, itemId: id, version };
    });
  } catch (error) {
    if (error instanceof NewerVersionError || error instanceof DraftChangedError) return { result: "conflict", changes: [] };
    // Two publishes of the same item at once: the other took the version number.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { result: "conflict", changes: [] };
    throw error;
  }
}

/** An existing item keeps its place in the lists (and says its published slug); a new one goes last. */
async function currentPlacement(tx: Prisma.TransactionClient, kind: CatalogItemKind, itemId: string | undefined) {
  const select = { where: { id: itemId ?? "" }, select: { sortOrder: true, slug: true } };
  if (itemId) {
    const current = kind === "CLINIC" ? await tx.clinic.findUnique(select) : await tx.doctor.findUnique(select);
    if (!current) throw new DraftChangedError();
    return current;
  }
  const last = kind === "CLINIC" ? await tx.clinic.aggregate({ _max: { sortOrder: true } }) : await tx.doctor.aggregate({ _max: { sortOrder: true } });
  return { sortOrder: (last._max.sortOrder ?? -1) + 1, slug: undefined };
}

/** Publishes an editor's draft as it was when they pressed publish (`revision`), then discards the draft. */
export async function publishDraft(input: { draftId: string; revision: number; actorId: string }): Promise<PublishOutcome> {
  const draft = await db.catalogDraft.findUnique({ where: { id: input.draftId } });
  if (!draft) return { result: "gone" };
  if (draft.revision !== input.revision) return { result: "conflict", changes: [] };
  const outcome = await publish({
    kind: draft.kind,
    itemId: draft.itemId ?? undefined,
    document: draft.document as DocumentValue,
    action: "PUBLISHED",
    actorId: input.actorId,
    expectedLatest: draft.baseVersion,
    alsoInTransaction: async (tx) => {
      const deleted = await tx.catalogDraft.deleteMany({ where: { id: draft.id, revision: input.revision } });
      if (deleted.count !== 1) throw new DraftChangedError();
    },
  });
  if (outcome.result !== "conflict" || !draft.itemId) return outcome;
  return { result: "conflict", changes: await changesSince(draft.kind, draft.itemId, draft.document as DocumentValue) };
}

/** Publishes an earlier version's document again, as a new version. */
export async function restoreVersion(input: { kind: CatalogItemKind; itemId: string; number: number; expectedLatest: number; actorId: string }): Promise<PublishOutcome> {
  const version = await findVersion(input.kind, input.itemId, input.number);
  if (!version) return { result: "gone" };
  const outcome = await publish({ ...input, document: version.document, action: "RESTORED", expectedLatest: input.expectedLatest });
  if (outcome.result !== "conflict") return outcome;
  return { result: "conflict", changes: await changesSince(input.kind, input.itemId, version.document) };
}

/**
 * Takes an item off the site or puts it back, as a new version of its published document with `unpublished` set or
 * cleared: visitors lose (or get back) its page, links and counts on every instance, and history shows who did it.
 */
export async function setPublication(input: { kind: CatalogItemKind; itemId: string; published: boolean; expectedLatest: number | null; actorId: string }): Promise<PublishOutcome> {
  const current = await readItemDocument(db, input.kind, input.itemId);
  if (!current || typeof current !== "object" || Array.isArray(current)) return { result: "gone" };
  const document = { ...current };
  if (input.published) delete document.unpublished;
  else document.unpublished = true;
  const outcome = await publish({
    ...input,
    document,
    action: input.published ? "PUBLISHED" : "UNPUBLISHED",
  });
  return outcome.result === "conflict" ? { result: "conflict", changes: await changesSince(input.kind, input.itemId, current) } : outcome;
}

/** What the latest published version holds that the editor's document does not. */
async function changesSince(kind: CatalogItemKind, itemId: string, mine: DocumentValue): Promise<DocumentChange[]> {
  const latest = await latestVersion(db, kind, itemId);
  return latest ? diffDocuments(mine, latest.document) : [];
}
