import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { giveTo, runAs, type ServerUser } from "./embedded-postgres-user";

const debug = Boolean(process.env.DEBUG_POSTGRES);

export async function initCluster(options: { initdb: string; cluster: string; password: string; user?: ServerUser }) {
  await rm(options.cluster, { recursive: true, force: true });
  await mkdir(options.cluster, { recursive: true, mode: 0o700 });
  await giveTo(options.user, options.cluster);
  await withPasswordFile(path.dirname(options.cluster), options.password, options.user, async (passwordFile) => {
    const args = [`--pgdata=${options.cluster}`, "--auth=scram-sha-256", "--username=postgres", `--pwfile=${passwordFile}`];
    const initdb = spawnServerProcess(options.initdb, args, options.user);
    const code = await new Promise((resolve, reject) => {
      initdb.process.on("error", reject);
      initdb.process.on("exit", resolve);
    });
    if (code !== 0) throw new Error(`PostgreSQL's initdb failed (exit code ${code}):\n${initdb.output()}`);
  });
}

/**
 * initdb reads the password from a file: it lives in a folder of its own that only the server's user can enter, next
 * to the cluster (where that user can reach it, which the system temp folder may not be), and is deleted in any case.
 */
export async function withPasswordFile<T>(
  near: string,
  password: string,
  user: ServerUser | undefined,
  work: (file: string) => Promise<T>,
): Promise<T> {
  const folder = await mkdtemp(path.join(near, ".initdb-"));
  try {
    const file = path.join(folder, "password");
    await writeFile(file, `${password}\n`, { mode: 0o600 });
    await giveTo(user, file);
    await giveTo(user, folder);
    return await work(file);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export interface ServerProcess {
  process: ChildProcess;
  output(): string;
}

function spawnServerProcess(binary: string, args: string[], user: ServerUser | undefined): ServerProcess {
  const child = spawn(binary, args, { ...runAs(user), stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-4000);
    if (debug) process.stderr.write(chunk);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return { process: child, output: () => output };
}

export async function startServer(options: { postgres: string; cluster: string; port: number; password: string; user?: ServerUser }) {
  const flags = ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=off"];
  const server = spawnServerProcess(options.postgres, ["-D", options.cluster, "-p", String(options.port), ...flags], options.user);
  let exited: Error | undefined;
  server.process.on("error", (error) => (exited = error));
  server.process.on("exit", (code, signal) => {
    exited ??= new Error(`PostgreSQL stopped (${signal ?? `exit code ${code}`}):\n${server.output()}`);
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw exited;
    if (await answers(options.port, options.password)) return server.process;
    if (Date.now() > deadline) {
      server.process.kill("SIGKILL");
      throw new Error(`PostgreSQL did not accept connections within a minute:\n${server.output()}`);
    }
    await sleep(100);
  }
}

export async function answers(port: number, password: string) {
  const client = new pg.Client({ host: "127.0.0.1", port, user: "postgres", password, database: "postgres" });
  client.on("error", () => {});
  try {
    await client.connect();
    return true;
  } catch (error) {
    // Not listening yet, or still starting up; anything else (a wrong password) will not pass by waiting.
    if (["ECONNREFUSED", "57P03"].includes((error as { code?: string }).code ?? "")) return false;
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function stopServer(server: ChildProcess) {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGINT");
  await exited;
}

/** The port of a server already running on this cluster (`npm run dev` while `npm run db:seed` runs), if any. */
export async function runningPort(cluster: string) {
  const lockFile = await readFile(path.join(cluster, "postmaster.pid"), "utf8").catch(() => undefined);
  const [pid, , , port] = lockFile?.split("\n") ?? [];
  if (!pid || !port) return undefined;
  try {
    process.kill(Number(pid), 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return undefined;
  }
  return Number(port);
}
