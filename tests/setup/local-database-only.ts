/**
 * Integration tests write to the database: refuse anything but a local server (a mistyped DATABASE_URL must not
 * point them at production). Checked before anything connects to it: in the global setup and in each worker.
 */
export function localDatabaseUrl(url: string | undefined): string {
  if (!url) throw new Error("DATABASE_URL is not set: run integration tests through `npm test`, which starts PostgreSQL.");
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to run integration tests against a non-local database (${host}).`);
  }
  return url;
}
