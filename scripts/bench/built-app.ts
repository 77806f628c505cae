import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { generateSecrets } from "../lib/development-secrets";
import { freePort, startEmbeddedPostgres } from "../lib/embedded-postgres";
import { prepareDatabase } from "../lib/prepare-database";
import { startSmtpSink } from "../lib/smtp-sink";
import { buildAndStartNext } from "./next-server";

/**
 * Builds the app against a throwaway PostgreSQL (migrated and seeded) and a local mail sink, serves it with `npm
 * start`'s server on a free port, runs `measure` with its origin, then stops everything and deletes the database.
 */
export async function withBuiltApp(measure: (origin: string) => Promise<void>) {
  const directory = await mkdtemp(path.join(os.tmpdir(), "careport-bench-"));
  const database = await startEmbeddedPostgres({ directory, database: "careport_bench", persistent: false });
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const mailSink = await startSmtpSink();
  Object.assign(process.env, {
    SMTP_URL: mailSink.url,
    DATABASE_URL: database.databaseUrl,
    ...generateSecrets(),
    APP_URL: origin,
    NEXT_TELEMETRY_DISABLED: "1",
  });
  let server: Awaited<ReturnType<typeof buildAndStartNext>> | undefined;
  try {
    await prepareDatabase(database.databaseUrl);
    server = await buildAndStartNext(port);
    await measure(origin);
  } finally {
    server?.kill("SIGTERM");
    await database.stop();
    await mailSink.close();
    await rm(directory, { recursive: true, force: true });
  }
}
