import "server-only";
import { db } from "@/lib/db";
import type { CatalogItemKind, CatalogVersionAction, Prisma } from "@/lib/generated/prisma/client";
import { diffDocuments, type DocumentValue } from "./document-diff";

export interface NewVersion {
  kind: CatalogItemKind;
  itemId: string;
  action: CatalogVersionAction;
  document: DocumentValue;
  actorId: string | null;
  /** The version the change started from: when another was published since, nothing is recorded. */
  expectedLatest?: number | null;
}

/** Another version was published since the editor started; the caller shows it instead of publishing over it. */
export class NewerVersionError extends Error {
  constructor(readonly latest: number) {
    super(`Version ${latest} was published meanwhile`);
  }
}

/**
 * Keeps a published state of an item as its next version, in the transaction that publishes it. Two publishes of the
 * same item at once cannot both take the same number (unique index): the second fails with its transaction.
 */
export async function recordVersion(tx: Prisma.TransactionClient, version: NewVersion): Promise<number> {
  const latest = (await latestVersion(tx, version.kind, version.itemId))?.number ?? null;
  if (version.expectedLatest !== undefined && version.expectedLatest !== latest) throw new NewerVersionError(latest ?? 0);
  const number = (latest ?? 0) + 1;
  await tx.catalogVersion.create({
    data: {
      kind: version.kind,
      itemId: version.itemId,
      number,
      action: version.action,
      document: version.document as Prisma.InputJsonValue,
      publishedById: version.actorId,
    },
  });
  return number;
}

/** The item's newest version (its number and document), or null before its first. */
export async function latestVersion(client: Pick<Prisma.TransactionClient, "catalogVersion">, kind: CatalogItemKind, itemId: string) {
  const latest = await client.catalogVersion.findFirst({ where: { kind, itemId }, orderBy: { number: "desc" }, select: { number: true, document: true } });
  return latest && { number: latest.number, document: latest.document as DocumentValue };
}

/** An item's history, newest first: who published each version, when, how, and what it changed from the one before. */
export async function listVersions(kind: CatalogItemKind, itemId: string) {
  const versions = await db.catalogVersion.findMany({
    where: { kind, itemId },
    orderBy: { number: "asc" },
    select: { number: true, action: true, document: true, publishedAt: true, publishedBy: { select: { id: true, name: true } } },
  });
  return versions
    .map((version, index) => ({
      number: version.number,
      action: version.action,
      publishedAt: version.publishedAt,
      publishedBy: version.publishedBy,
      changes: diffDocuments(versions[index - 1]?.document as DocumentValue | undefined, version.document as DocumentValue),
    }))
    .reverse();
}

export async function findVersion(kind: CatalogItemKind, itemId: string, number: number) {
  const version = await db.catalogVersion.findUnique({ where: { kind_itemId_number: { kind, itemId, number } } });
  return version && { ...version, document: version.document as DocumentValue };
}
