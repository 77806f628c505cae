import "server-only";
import { catalogContentSchema, describeContentIssues, type CatalogContent } from "@/lib/validation/catalog-content/catalog";
import type { CatalogDatabase } from "./database";
import { catalogKinds, readCatalogItems } from "./read";

export class InvalidCatalogError extends Error {
  constructor(readonly errors: string[]) {
    super(`The catalog in the database is not a valid content file:\n${errors.join("\n")}`);
  }
}

/** The published catalog as a content file, validated by the same schema as the import so it can be imported back. */
export async function exportCatalogContent(db: CatalogDatabase): Promise<CatalogContent> {
  const items = await readCatalogItems(db);
  const document = Object.fromEntries(catalogKinds.map((kind) => [kind, items[kind].map((item) => item.document)]));
  const parsed = catalogContentSchema.safeParse(document);
  if (!parsed.success) throw new InvalidCatalogError(describeContentIssues(parsed.error));
  return parsed.data;
}
