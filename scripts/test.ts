import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { freePort, startEmbeddedPostgres, type RunningDatabase } from "./lib/embedded-postgres";
import { generateSecrets } from "./lib/development-secrets";
import { prepareEndToEndFixtures } from "./lib/e2e-fixtures";
import { prepareDatabase } from "./lib/prepare-database";
import { startSmtpSink } from "./lib/smtp-sink";

/**
 * `npm test`: typecheck, unit, integration (real PostgreSQL) and e2e (real Chromium against `next build && npm start`).
 * It starts its own throwaway PostgreSQL unless TEST_DATABASE_URL points at a server to use instead.
 */
const bin = (name: string) => path.resolve("node_modules/.bin", name);

// `npm test -- lib/foo.test.ts tests/e2e/bar.spec.ts` runs only those files (and skips the stages they do not need).
const only = process.argv.slice(2);
const vitestFiles = only.filter((file) => file.endsWith(".test.ts") || file.endsWith(".test.tsx"));
const e2eFiles = only.filter((file) => file.endsWith(".spec.ts"));
const runVitest = only.length === 0 || vitestFiles.length > 0;
const runEndToEnd = only.length === 0 || e2eFiles.length > 0;
const runLint = only.length === 0;

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

const reportsDir = await mkdtemp(path.join(os.tmpdir(), "careport-reports-"));
const counts = { passed: 0, failed: 0 };

async function countResults<Report>(file: string, read: (report: Report) => { passed: number; failed: number }) {
  const report = await readFile(path.join(reportsDir, file), "utf8").catch(() => null);
  if (!report) return;
  const result = read(JSON.parse(report) as Report);
  counts.passed += result.passed;
  counts.failed += result.failed;
}

let database: RunningDatabase | undefined;
let tempDir: string | undefined;
// Uploads made by the tests go to a throwaway folder, never into the developer's .data/uploads.
const uploadsDir = await mkdtemp(path.join(os.tmpdir(), "careport-test-uploads-"));
// A real SMTP server for the app under test; the e2e tests read what it received from E2E_MAIL_DIR.
const mailDir = await mkdtemp(path.join(os.tmpdir(), "careport-test-mail-"));
const mailSink = await startSmtpSink({ saveTo: mailDir });
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
    ...generateSecrets(),
    APP_URL: `http://127.0.0.1:${port}`,
    PORT: String(port),
    UPLOAD_DIR: uploadsDir,
    SMTP_URL: mailSink.url,
    E2E_MAIL_DIR: mailDir,
    E2E_JSON_REPORT: path.join(reportsDir, "playwright.json"),
    NEXT_TELEMETRY_DISABLED: "1",
  });

  await run("route types", process.execPath, [require_("next/dist/bin/next"), "typegen"]);
  await run("typecheck", bin("tsc"), ["--noEmit"]);
  if (runLint) await run("lint", "npm", ["run", "--silent", "lint"]);
  console.log("\n▶ migrate and seed the test database");
  await prepareDatabase(databaseUrl);
  const vitestReport = `--outputFile.json=${path.join(reportsDir, "vitest.json")}`;
  if (runVitest) {
    await run("unit and integration tests", bin("vitest"), ["run", "--reporter=default", "--reporter=json", vitestReport, ...vitestFiles]);
  }
  if (runEndToEnd) {
    await run("production build", process.execPath, [require_("next/dist/bin/next"), "build"]);
    Object.assign(process.env, await prepareEndToEndFixtures());
    await run("end-to-end tests", bin("playwright"), ["test", ...e2eFiles]);
  }
} catch (error) {
  failed = true;
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await database?.stop();
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
  await rm(uploadsDir, { recursive: true, force: true });
  await mailSink.close();
  await rm(mailDir, { recursive: true, force: true });
}

await countResults("vitest.json", (report: { numPassedTests: number; numFailedTests: number }) => ({
  passed: report.numPassedTests,
  failed: report.numFailedTests,
}));
await countResults("playwright.json", (report: { stats?: { expected: number; unexpected: number; flaky: number } }) => ({
  passed: report.stats?.expected ?? 0,
  failed: (report.stats?.unexpected ?? 0) + (report.stats?.flaky ?? 0),
}));
await rm(reportsDir, { recursive: true, force: true });
// A step that fails before running tests (typecheck, build) still counts as a failure in the summary.
if (failed && counts.failed === 0) counts.failed = 1;
console.log(`\nSummary: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(failed ? 1 : 0);

function require_(specifier: string) {
  return path.resolve("node_modules", specifier);
}
