import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { CatalogContent } from "@/lib/validation/catalog-content/catalog";

/** The catalog Careport ships, which `npm run db:seed` imports. */
export const shippedCatalogFile = fileURLToPath(new URL("../../prisma/content/catalog.json", import.meta.url));

/** A content file's JSON, not yet validated; a file that is not JSON is reported like a schema error. */
export async function readContentFile(path: string): Promise<{ ok: true; json: unknown } | { ok: false; errors: string[] }> {
  const text = await readFile(path, "utf8");
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    return { ok: false, errors: [`(file): not JSON: ${(error as Error).message}`] };
  }
}

/** Two-space indented, keys in the schema's order, one item per array entry, a final newline: diffs stay readable. */
export const formatCatalogContent = (content: CatalogContent) => `${JSON.stringify(content, null, 2)}\n`;
