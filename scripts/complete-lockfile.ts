import { readFile, writeFile } from "node:fs/promises";

/**
 * The npm registry this project's machines reach holds only the Linux builds of platform-specific packages
 * (@next/swc-*, @swc/core-*). `npm install` then leaves the other platforms' optional entries out of
 * package-lock.json, and `npm ci` refuses the lockfile as out of sync. This adds those entries, marked optional
 * with their os/cpu, as a full registry would have written them; npm skips them on other platforms.
 * Run `npm run deps:lock` after changing dependencies.
 */
type LockEntry = { version?: string; optional?: boolean; os?: string[]; cpu?: string[]; optionalDependencies?: Record<string, string> };

const lockfile = JSON.parse(await readFile("package-lock.json", "utf8")) as { packages: Record<string, LockEntry> };
const platform = /-(darwin|linux|win32|freebsd|android)-(arm64|x64|ia32|arm|ppc64|s390x|riscv64)\b/;
let added = 0;
for (const entry of Object.values({ ...lockfile.packages })) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    const match = name.match(platform);
    if (lockfile.packages[key] || !match) continue;
    lockfile.packages[key] = { version, optional: true, os: [match[1]!], cpu: [match[2]!] };
    added += 1;
  }
}
lockfile.packages = Object.fromEntries(
  Object.entries(lockfile.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))),
);
await writeFile("package-lock.json", `${JSON.stringify(lockfile, null, 2)}\n`);
console.log(`package-lock.json: added ${added} platform-specific optional entries.`);
