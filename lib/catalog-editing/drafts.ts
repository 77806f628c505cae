import "server-only";
import { db } from "@/lib/db";
import { Prisma, type CatalogItemKind } from "@/lib/generated/prisma/client";
import { diffDocuments, type DocumentChange, type DocumentValue } from "./document-diff";
import { readItemDocument } from "./item-document";
import { reconcileTranslations } from "./translation-basis";
import { outdatedFields, type OutdatedField } from "./translation-status";

export interface DraftSave {
  kind: CatalogItemKind;
  /** The published item the draft changes; undefined for a new item. */
  itemId?: string;
  /** The draft being saved again; undefined for the first save. */
  draftId?: string;
  /** The revision the editor's copy started from (undefined for the first save): another save since is a conflict. */
  revision?: number;
  /** The item's published version the editor started from, kept so publishing can tell a newer one was published. */
  baseVersion?: number;
  document: DocumentValue;
  /** Outdated translations the editor confirmed as still right. */
  confirmedTranslations?: OutdatedField[];
  actorId: string;
}

/** The other editor's save that came first, and what it changed compared with what the editor is saving now. */
export interface DraftConflict {
  result: "conflict";
  theirs: { id: string; document: DocumentValue; revision: number; updatedById: string | null; updatedBy: string | null; updatedAt: Date };
  changes: DocumentChange[];
}

/** A saved draft, with the translations it leaves behind English (lib/catalog-editing/translation-basis.ts). */
export type DraftSaveOutcome = { result: "saved"; draftId: string; revision: number; outdatedTranslations: OutdatedField[] } | DraftConflict;

const updatedBy = { updatedBy: { select: { name: true } } } as const;
const draftFields = { id: true, document: true, revision: true, updatedById: true, updatedAt: true, ...updatedBy } as const;
type StoredDraft = { id: string; document: Prisma.JsonValue; revision: number; updatedById: string | null; updatedBy: { name: string } | null; updatedAt: Date };

/**
 * Saves an editor's draft. Two editors who opened the same revision both save: the first is saved, the second is told
 * and shown the first one's change, and nothing is overwritten. The revision check and the write are one statement.
 */
export async function saveDraft(save: DraftSave): Promise<DraftSaveOutcome> {
  const previous = await documentBefore(save);
  // Drafts hold documents the item's schema accepted (the actions check them), which all have translatable text.
  const reconciled = reconcileTranslations(previous as unknown as Translatable | null, save.document as unknown as Translatable, save.confirmedTranslations ?? []);
  const document = reconciled as unknown as Prisma.InputJsonValue;
  const outdatedTranslations = outdatedFields(reconciled);
  if (save.draftId === undefined) {
    try {
      const created = await db.catalogDraft.create({
        data: { kind: save.kind, itemId: save.itemId, document, baseVersion: save.baseVersion, updatedById: save.actorId },
        select: { id: true, revision: true },
      });
      return { result: "saved", draftId: created.id, revision: created.revision, outdatedTranslations };
    } catch (error) {
      // Another editor started a draft of the same published item first.
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") || !save.itemId) throw error;
      const theirs = await db.catalogDraft.findUniqueOrThrow({ where: { kind_itemId: { kind: save.kind, itemId: save.itemId } }, select: draftFields });
      return conflict(theirs, save.document);
    }
  }
  const updated = await db.catalogDraft.updateMany({
    where: { id: save.draftId, revision: save.revision },
    // A baseVersion given again moves the draft onto that version: the editor has been shown what it changed.
    data: { document, revision: { increment: 1 }, updatedById: save.actorId, ...(save.baseVersion === undefined ? {} : { baseVersion: save.baseVersion }) },
  });
  if (updated.count === 1) return { result: "saved", draftId: save.draftId, revision: (save.revision ?? 0) + 1, outdatedTranslations };
  const theirs = await db.catalogDraft.findUnique({ where: { id: save.draftId }, select: draftFields });
  if (!theirs) throw new DraftGoneError();
  return conflict(theirs, save.document);
}

type Translatable = Parameters<typeof reconcileTranslations>[1];

/**
 * What the save changes: the draft as last saved, else the published item. Were the draft saved meanwhile, the save
 * is refused by its revision anyway.
 */
async function documentBefore(save: DraftSave): Promise<DocumentValue | null> {
  if (save.draftId !== undefined) {
    const draft = await db.catalogDraft.findUnique({ where: { id: save.draftId }, select: { document: true } });
    return (draft?.document as DocumentValue | undefined) ?? null;
  }
  return save.itemId ? readItemDocument(db, save.kind, save.itemId) : null;
}

function conflict(theirs: StoredDraft, mine: DocumentValue): DraftConflict {
  const document = theirs.document as DocumentValue;
  return {
    result: "conflict",
    theirs: { ...theirs, document, updatedBy: theirs.updatedBy?.name ?? null },
    changes: diffDocuments(mine, document),
  };
}

/** The draft was published or discarded by someone else meanwhile. */
export class DraftGoneError extends Error {
  constructor() {
    super("The draft was published or discarded meanwhile");
  }
}

/** The drafts of items not published yet, newest first: the catalog lists them so none is lost. */
export async function listNewItemDrafts() {
  const drafts = await db.catalogDraft.findMany({ where: { itemId: null }, orderBy: { updatedAt: "desc" }, select: { id: true, kind: true, document: true, updatedAt: true, ...updatedBy } });
  return drafts.map((draft) => ({ ...draft, name: englishName(draft.document), updatedBy: draft.updatedBy?.name ?? null }));
}

const englishName = (document: Prisma.JsonValue) => {
  const name = (document as { text?: { en?: { name?: unknown } } } | null)?.text?.en?.name;
  return typeof name === "string" ? name : "";
};

export async function findNewItemDraft(kind: CatalogItemKind, draftId: string) {
  return db.catalogDraft.findFirst({ where: { id: draftId, kind, itemId: null }, include: updatedBy });
}

export async function findDraft(kind: CatalogItemKind, itemId: string) {
  return db.catalogDraft.findUnique({ where: { kind_itemId: { kind, itemId } }, include: updatedBy });
}
