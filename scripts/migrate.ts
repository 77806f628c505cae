import { applyMigrations, createMigration } from "./lib/migrations";
import { describeEngineError } from "./lib/schema-engine";
import { withDevelopmentDatabase } from "./lib/development-database";

const [command, name] = process.argv.slice(2);

async function main() {
  if (command === "deploy") {
    await withDevelopmentDatabase(async (databaseUrl) => {
      const applied = await applyMigrations(databaseUrl);
      console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.");
    });
  } else if (command === "new" && name && /^[a-z0-9_]+$/.test(name)) {
    await withDevelopmentDatabase(async (databaseUrl) => {
      const created = await createMigration(databaseUrl, name);
      console.log(created ? `Created prisma/migrations/${created}/migration.sql` : "No schema changes: nothing to create.");
    });
  } else {
    console.error("Usage: npm run db:migrate  |  npm run db:migrate:new -- <snake_case_name>");
    process.exitCode = 2;
  }
}

main().catch((error: unknown) => {
  console.error(`Migration failed: ${describeEngineError(error)}`);
  process.exitCode = 1;
});
