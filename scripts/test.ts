import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { freePort, startEmbeddedPostgres, type RunningDatabase } from "./lib/embedded-postgres";
import { prepareDatabase } from "./lib/prepare-database";

/**
 * `npm test`: typecheck, unit, integration (real PostgreSQL) and e2e (real Chromium against `next build && next start`).
 * It starts its own throwaway PostgreSQL unless TEST_DATABASE_URL points at a server to use instead.
 */
const bin = (name: string) => path.resolve("node_modules/.bin", name);

function run(label: string, command: string, args: string[]) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env: process.env });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (code === 0) {
        console.log(`✔ ${label} (${seconds} s)`);
        resolve();
      } else reject(new Error(`${label} failed (${signal ?? `exit code ${code}`}) after ${seconds} s`));
    });
  });
}

let database: RunningDatabase | undefined;
let tempDir: string | undefined;
let failed = false;
try {
  let databaseUrl = process.env.TEST_DATABASE_URL;
  if (!databaseUrl) {
    tempDir = await mkdtemp(path.join(os.tmpdir(), "careport-test-"));
    database = await startEmbeddedPostgres({ directory: tempDir, database: "careport_test", persistent: false });
    databaseUrl = database.databaseUrl;
  }
  const port = await freePort();
  Object.assign(process.env, {
    DATABASE_URL: databaseUrl,
    SESSION_SECRET: randomBytes(48).toString("base64url"),
    HASH_SECRET: randomBytes(48).toString("base64url"),
    APP_URL: `http://127.0.0.1:${port}`,
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: "1",
  });

  await run("route types", process.execPath, [require_("next/dist/bin/next"), "typegen"]);
  await run("typecheck", bin("tsc"), ["--noEmit"]);
  console.log("\n▶ migrate and seed the test database");
  await prepareDatabase(databaseUrl);
  await run("unit and integration tests", bin("vitest"), ["run"]);
  await run("production build", process.execPath, [require_("next/dist/bin/next"), "build"]);
  await run("end-to-end tests", bin("playwright"), ["test"]);
} catch (error) {
  failed = true;
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await database?.stop();
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

function require_(specifier: string) {
  return path.resolve("node_modules", specifier);
}
