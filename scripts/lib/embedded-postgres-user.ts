import { execFile, spawnSync } from "node:child_process";
import { chown } from "node:fs/promises";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The system user the server runs as when we are root (PostgreSQL refuses to run as root); undefined otherwise. */
export interface ServerUser {
  uid: number;
  gid: number;
}

export async function serverUser(): Promise<ServerUser | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  return postgresIds().catch(async () => {
    try {
      await run("groupadd", ["--force", "--system", "postgres"]);
      await run("useradd", ["--system", "--gid", "postgres", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"]);
      return await postgresIds();
    } catch (error) {
      throw new Error(
        `PostgreSQL refuses to run as root, and no \`postgres\` user could be created to run it (${String(error)}). ` +
          "Create one (useradd --system postgres), run as another user, or set DATABASE_URL to a server of yours.",
      );
    }
  });
}

async function postgresIds(): Promise<ServerUser> {
  const [uid, gid] = await Promise.all([run("id", ["-u", "postgres"]), run("id", ["-g", "postgres"])]);
  return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
}

/** Whether the server's user can enter that folder or run that file: not inside /root or a `mktemp -d` folder. */
export function canReach(user: ServerUser | undefined, target: string) {
  if (!user) return true;
  return spawnSync("test", ["-x", target], { uid: user.uid, gid: user.gid }).status === 0;
}

export async function giveTo(user: ServerUser | undefined, target: string) {
  if (user) await chown(target, user.uid, user.gid);
}

export const runAs = (user: ServerUser | undefined) => (user ? { uid: user.uid, gid: user.gid } : {});
