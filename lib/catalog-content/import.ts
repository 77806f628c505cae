import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { catalogContentSchema, describeContentIssues } from "@/lib/validation/catalog-content/catalog";
import { applyCatalogContent } from "./apply";
import { readContentFile } from "./content-file";
import { readCatalogItems } from "./read";
import { compareCatalogs, type ImportReport } from "./report";

export type ImportResult = { ok: true; report: ImportReport } | { ok: false; errors: string[] };

/**
 * Imports a catalog document: refuses an invalid one with each error's path, changing nothing; else applies it in one
 * transaction and reports, per kind, what was created, updated, unchanged, or is in the database but not the file.
 */
export async function importCatalogContent(db: PrismaClient, json: unknown): Promise<ImportResult> {
  const parsed = catalogContentSchema.safeParse(json);
  if (!parsed.success) return { ok: false, errors: describeContentIssues(parsed.error) };
  const report = await db.$transaction(
    async (tx) => {
      const before = await readCatalogItems(tx);
      await applyCatalogContent(tx, parsed.data);
      return compareCatalogs(before, await readCatalogItems(tx), parsed.data);
    },
    { timeout: 120_000 },
  );
  return { ok: true, report };
}

export async function importCatalogFile(db: PrismaClient, path: string): Promise<ImportResult> {
  const file = await readContentFile(path);
  return file.ok ? importCatalogContent(db, file.json) : file;
}
