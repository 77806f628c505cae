import { applyMigrations } from "./migrations";

/** Migrates, then seeds the catalog when it is empty. Expects the environment to be complete (see lib/env.ts). */
export async function prepareDatabase(databaseUrl: string, options: { forceSeed?: boolean } = {}) {
  const applied = await applyMigrations(databaseUrl);
  if (applied.length) console.log(`Applied ${applied.length} migration(s).`);
  const { db } = await import("../../lib/db");
  const { seedCatalog, isCatalogEmpty } = await import("../../prisma/seed");
  try {
    if (options.forceSeed || (await isCatalogEmpty(db))) {
      await seedCatalog(db);
      console.log("Seeded the demo catalog.");
    }
  } finally {
    await db.$disconnect();
  }
}
