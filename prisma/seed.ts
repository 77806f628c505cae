import type { PrismaClient } from "../lib/generated/prisma/client";
import { shippedCatalogFile } from "../lib/catalog-content/content-file";
import { importCatalogFile } from "../lib/catalog-content/import";
import { recordImportedVersions } from "../lib/catalog-editing/imported-versions";

export class InvalidContentFileError extends Error {
  constructor(
    readonly file: string,
    readonly errors: string[],
  ) {
    super(`${file} is not a valid content file; nothing was imported:\n${errors.join("\n")}`);
  }
}

/**
 * Imports a content file (by default the catalog Careport ships, prisma/content/catalog.json) and returns what it
 * changed. Idempotent: upserts by slug/key, so ids stay stable for the leads that reference the catalog. Each clinic
 * and doctor it created or changed gets a version in its history.
 */
export async function seedCatalog(db: PrismaClient, file: string = shippedCatalogFile) {
  const result = await importCatalogFile(db, file);
  if (!result.ok) throw new InvalidContentFileError(file, result.errors);
  await recordImportedVersions(db, result.report);
  return result.report;
}

export async function isCatalogEmpty(db: PrismaClient) {
  return (await db.condition.count()) === 0;
}
