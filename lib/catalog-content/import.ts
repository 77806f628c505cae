import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { catalogContentSchema, describeContentIssues } from "@/lib/validation/catalog-content/catalog";
import { signalPagesChanged } from "@/lib/page-refresh";
import { applyCatalogContent } from "./apply";
import { readContentFile } from "./content-file";
import { readCatalogItems } from "./read";
import { compareCatalogs, type ImportReport } from "./report";

export type ImportResult = { ok: true; report: ImportReport } | { ok: false; errors: string[] };

/**
 * Imports a catalog document: refuses an invalid one with each error's path, changing nothing; else applies it in one
 * transaction and reports, per kind, what was created, updated, unchanged, or is in the database but not the file
 * (comparing the catalog read just before and just after: an edit made meanwhile by someone else would show too).
 */
export async function importCatalogContent(db: PrismaClient, json: unknown): Promise<ImportResult> {
  const parsed = catalogContentSchema.safeParse(json);
  if (!parsed.success) return { ok: false, errors: describeContentIssues(parsed.error) };
  // Read outside the transaction: inside it Prisma loads an include's relations concurrently on the transaction's one
  // connection, which pg 8.19+ warns about ("Calling client.query() when the client is already executing a query").
  const before = await readCatalogItems(db);
  await db.$transaction(
    async (tx) => {
      await applyCatalogContent(tx, parsed.data);
      await signalPagesChanged(tx);
    },
    { timeout: 120_000 },
  );
  return { ok: true, report: compareCatalogs(before, await readCatalogItems(db), parsed.data) };
}

export async function importCatalogFile(db: PrismaClient, path: string): Promise<ImportResult> {
  const file = await readContentFile(path);
  return file.ok ? importCatalogContent(db, file.json) : file;
}
