import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, cp, lstat, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { runningPort } from "./embedded-postgres-server";
import { canReach, type ServerUser } from "./embedded-postgres-user";

/**
 * As root, the server runs as the `postgres` user, which cannot enter a project under /root or in a `mktemp -d`
 * folder. Then the binaries are copied, once per version, into a folder it can enter, and the cluster lives there
 * too, under a name derived from the project's folder; everything else (its password included) stays in the project,
 * and a cluster whose project folder is gone is deleted at the next start.
 * /var/tmp rather than /tmp: it survives a reboot, and so does the development data.
 */
export const sharedFolder = "/var/tmp/careport-postgres";

export async function postgresBinaries(user: ServerUser | undefined) {
  const platform = os.platform() === "win32" ? "windows" : os.platform();
  const packageName = `@embedded-postgres/${platform}-${os.arch()}`;
  const binaries = (await import(packageName)) as { initdb: string; postgres: string };
  if (canReach(user, binaries.postgres)) return binaries;
  const native = path.dirname(path.dirname(binaries.postgres));
  const { version } = JSON.parse(await readFile(path.join(native, "..", "package.json"), "utf8")) as { version: string };
  const copy = path.join(await ownFolder(sharedFolder), `${platform}-${os.arch()}-${version}`);
  if (!existsSync(copy)) await copyOnce(native, copy);
  return { initdb: path.join(copy, "bin", "initdb"), postgres: path.join(copy, "bin", "postgres") };
}

/** Where the cluster of a database kept in `directory` lives. */
export async function clusterLocation(user: ServerUser | undefined, directory: string) {
  if (canReach(user, directory)) return path.join(directory, "cluster");
  const clusters = await ownFolder(path.join(await ownFolder(sharedFolder), "clusters"));
  await removeOrphans(clusters);
  const place = await ownFolder(path.join(clusters, createHash("sha256").update(directory).digest("hex").slice(0, 24)));
  await writeFile(path.join(place, "directory"), directory);
  console.log(`The postgres user cannot enter ${directory}: the cluster's files are in ${place} (see the README).`);
  return path.join(place, "cluster");
}

/** Clusters whose project folder is gone (deleted `.data/`, a removed clone) and that no server runs on. */
async function removeOrphans(clusters: string) {
  for (const key of await readdir(clusters)) {
    const place = path.join(clusters, key);
    const directory = await readFile(path.join(place, "directory"), "utf8").catch(() => undefined);
    if (directory && !existsSync(directory) && !(await runningPort(path.join(place, "cluster")))) {
      await rm(place, { recursive: true, force: true });
    }
  }
}

/** A folder anyone can enter and only we can write; refused when someone else made it first (/var/tmp is shared). */
async function ownFolder(folder: string) {
  await mkdir(folder, { mode: 0o755 }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "EEXIST") throw error;
  });
  const stat = await lstat(folder);
  if (!stat.isDirectory() || stat.uid !== process.getuid?.() || stat.mode & 0o022) {
    throw new Error(`${folder} should be a folder of yours that only you can write. Remove it and start again.`);
  }
  return folder;
}

/** Copied next to its final name and renamed into place, so a half-finished copy is never used. */
async function copyOnce(from: string, to: string) {
  const incoming = await mkdtemp(`${to}.incoming-`);
  try {
    await cp(from, incoming, { recursive: true, verbatimSymlinks: true });
    await chmod(incoming, 0o755);
    await rename(incoming, to);
  } catch (error) {
    if (!existsSync(to)) throw error;
  } finally {
    await rm(incoming, { recursive: true, force: true });
  }
}
