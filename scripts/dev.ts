import { spawn } from "node:child_process";
import path from "node:path";
import { createRequire } from "node:module";
import { dataDir } from "./lib/development-database";
import { seedDevelopmentData } from "./lib/development-data";
import { applyDevelopmentEnvironment } from "./lib/development-secrets";
import { startEmbeddedPostgres, type RunningDatabase } from "./lib/embedded-postgres";
import { prepareDatabase } from "./lib/prepare-database";

const require = createRequire(import.meta.url);

let embedded: RunningDatabase | undefined;
if (!process.env.DATABASE_URL) {
  console.log("DATABASE_URL is not set: starting the embedded PostgreSQL in .data/postgres …");
  embedded = await startEmbeddedPostgres({ directory: path.join(dataDir, "postgres"), database: "careport", persistent: true });
}
const databaseUrl = process.env.DATABASE_URL ?? embedded!.databaseUrl;
await applyDevelopmentEnvironment(databaseUrl);
await prepareDatabase(databaseUrl);
const demoAccounts = embedded ? await seedDevelopmentData() : [];

if (demoAccounts.length) {
  console.log("\nDemo accounts for the coordinators' workspace (/en/admin, development database only):");
  for (const account of demoAccounts) console.log(`  ${account.roles.padEnd(26)} ${account.email}  password: ${account.password}`);
  console.log("");
}

const next = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "dev", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: process.env,
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  next.kill("SIGTERM");
  await embedded?.stop();
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
next.on("exit", (code) => void stop(code ?? 0));
