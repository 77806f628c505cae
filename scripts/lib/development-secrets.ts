import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { dataDir } from "./development-database";

const secretNames = ["SESSION_SECRET", "HASH_SECRET"] as const;
type Secrets = Record<(typeof secretNames)[number], string>;

/** Development only: secrets are generated once into .data/secrets.json; production must set them itself. */
export async function loadDevelopmentSecrets(): Promise<Secrets> {
  const file = path.join(dataDir, "secrets.json");
  const stored: Partial<Secrets> = existsSync(file) ? JSON.parse(await readFile(file, "utf8")) : {};
  const secrets = Object.fromEntries(
    secretNames.map((name) => [name, stored[name] ?? randomBytes(48).toString("base64url")]),
  ) as Secrets;
  if (secretNames.some((name) => !stored[name])) {
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return secrets;
}

/** Fills in what the environment does not set, so an explicit variable always wins. */
export async function applyDevelopmentEnvironment(databaseUrl: string) {
  const secrets = await loadDevelopmentSecrets();
  for (const [name, value] of Object.entries({ ...secrets, DATABASE_URL: databaseUrl })) {
    process.env[name] ??= value;
  }
}
