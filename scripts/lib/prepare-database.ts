import { applyMigrations } from "./migrations";

/**
 * Migrates, then imports the catalog's content file when the catalog is empty, or always with `forceSeed` (then the
 * import's report is printed). Expects the environment to be complete (see lib/env.ts).
 */
export async function prepareDatabase(databaseUrl: string, options: { forceSeed?: boolean; contentFile?: string } = {}) {
  const applied = await applyMigrations(databaseUrl);
  if (applied.length) console.log(`Applied ${applied.length} migration(s).`);
  const { db } = await import("../../lib/db");
  const { seedCatalog, isCatalogEmpty } = await import("../../prisma/seed");
  const { describeImportReport } = await import("../../lib/catalog-content/report");
  try {
    if (options.forceSeed || (await isCatalogEmpty(db))) {
      const report = await seedCatalog(db, options.contentFile);
      console.log(options.forceSeed ? `Imported the catalog:\n${describeImportReport(report).join("\n")}` : "Seeded the demo catalog.");
    }
  } finally {
    await db.$disconnect();
  }
}
