import { writeFile } from "node:fs/promises";
import path from "node:path";
import { withDevelopmentDatabase } from "./lib/development-database";
import { applyDevelopmentEnvironment } from "./lib/development-secrets";

/**
 * `npm run content:export [file]`: writes the published catalog as a content file (the format of
 * prisma/content/catalog.json), to the file or to standard output. Uses DATABASE_URL, else the development database.
 */
const target = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
// Standard output may be the file itself: what the database helpers say goes to standard error.
if (!target) console.log = console.error;

await withDevelopmentDatabase(async (databaseUrl) => {
  await applyDevelopmentEnvironment(databaseUrl);
  const { db } = await import("../lib/db");
  const { exportCatalogContent, InvalidCatalogError } = await import("../lib/catalog-content/export");
  const { formatCatalogContent } = await import("../lib/catalog-content/content-file");
  try {
    const text = formatCatalogContent(await exportCatalogContent(db));
    if (target) {
      await writeFile(target, text);
      console.error(`Wrote the catalog to ${target}.`);
    } else {
      process.stdout.write(text);
    }
  } catch (error) {
    if (!(error instanceof InvalidCatalogError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
});
