import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { dataDir } from "./development-database";

const secretNames = ["SESSION_SECRET", "HASH_SECRET", "FILE_ENCRYPTION_KEY"] as const;
// The file key is exactly 32 bytes (AES-256); the others are just long random strings.
const generate = (name: (typeof secretNames)[number]) =>
  name === "FILE_ENCRYPTION_KEY" ? randomBytes(32).toString("base64") : randomBytes(48).toString("base64url");

/** Fresh secrets for a throwaway run (tests, benchmarks). */
export function generateSecrets(): Secrets {
  return Object.fromEntries(secretNames.map((name) => [name, generate(name)])) as Secrets;
}
type Secrets = Record<(typeof secretNames)[number], string>;

/** Development only: secrets are generated once into .data/secrets.json; production must set them itself. */
export async function loadDevelopmentSecrets(): Promise<Secrets> {
  const file = path.join(dataDir, "secrets.json");
  const stored: Partial<Secrets> = existsSync(file) ? JSON.parse(await readFile(file, "utf8")) : {};
  const secrets = Object.fromEntries(
    secretNames.map((name) => [name, stored[name] ?? generate(name)]),
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
