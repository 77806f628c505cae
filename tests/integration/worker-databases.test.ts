import path from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { applyMigrations } from "@/scripts/lib/migrations";
import { localDatabaseUrl } from "@/tests/setup/local-database-only";
import { dropWorkerDatabases, workerDatabase } from "@/tests/setup/worker-databases";

// This worker's own database stands in for the template here: its clones are this test's alone to create and drop.
const template = process.env.DATABASE_URL!;
const nameOf = (url: string) => new URL(url).pathname.slice(1);

async function query<Row extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

function onServer(sql: string, values: unknown[] = []) {
  const server = new URL(template);
  server.pathname = "/postgres";
  return query<{ datname: string }>(server.toString(), sql, values);
}
const clonesOfTemplate = async () =>
  (await onServer("SELECT datname FROM pg_database WHERE starts_with(datname, $1) ORDER BY datname", [`${nameOf(template)}_`])).map((row) => row.datname);

describe("the integration tests' databases", () => {
  it("each test file runs on a clone of the migrated and seeded test database, not on the database itself", () => {
    const id = nameOf(template).slice(`${nameOf(inject("templateDatabaseUrl"))}_worker_`.length);
    expect(nameOf(template)).toBe(`${nameOf(inject("templateDatabaseUrl"))}_worker_${id}`);
    expect(id).toMatch(new RegExp(`^${process.pid}_\\d+$`));
    expect(process.env.UPLOAD_DIR).toBe(path.join(inject("workerUploadsDir"), id));
  });

  it("a worker's clone holds the template's rows, and asking again reuses it", async () => {
    const clone = await workerDatabase(template, "1");
    try {
      const count = `SELECT count(*)::int AS n FROM "Treatment"`;
      expect(await query(clone, count)).toEqual(await query(template, count));
      await query(clone, "CREATE TABLE left_by_an_earlier_file ()");
      expect(await workerDatabase(template, "1")).toBe(clone);
      expect(await query(clone, "SELECT to_regclass('left_by_an_earlier_file') AS kept")).toEqual([{ kept: "left_by_an_earlier_file" }]);
    } finally {
      await dropWorkerDatabases(template);
    }
  });

  it("are all dropped at the end, a killed run's leftovers included, and no other database", async () => {
    await Promise.all(["1", "2", "3"].map((worker) => workerDatabase(template, worker)));
    const unrelated = `${nameOf(template)}_workers`;
    await onServer(`CREATE DATABASE "${unrelated}"`);
    try {
      expect(await clonesOfTemplate()).toEqual([1, 2, 3].map((worker) => `${nameOf(template)}_worker_${worker}`).concat(unrelated));
      await dropWorkerDatabases(template);
      expect(await clonesOfTemplate()).toEqual([unrelated]);
    } finally {
      await onServer(`DROP DATABASE IF EXISTS "${unrelated}"`);
    }
  });

  it("can clone the test database as soon as it is migrated: migrating leaves no session on it", async () => {
    const sessions = async () =>
      (await onServer("SELECT pid::text AS datname FROM pg_stat_activity WHERE datname = $1", [nameOf(template)])).map((row) => row.datname);
    const before = await sessions();
    expect(await applyMigrations(template)).toEqual([]);
    expect((await sessions()).filter((pid) => !before.includes(pid))).toEqual([]);
  });

  it("refuse a database on another host", () => {
    expect(() => localDatabaseUrl("postgresql://careport:secret@db.example.com:5432/careport")).toThrow("non-local database (db.example.com)");
    expect(() => localDatabaseUrl(undefined)).toThrow("DATABASE_URL is not set");
    expect(localDatabaseUrl(template)).toBe(template);
  });
});
