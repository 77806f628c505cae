import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { shippedCatalogFile } from "@/lib/catalog-content/content-file";
import type { CatalogContent } from "@/lib/validation/catalog-content/catalog";

const shippedText = readFileSync(shippedCatalogFile, "utf8");

/** Runs a script as `npm run` does, on this test file's database (the child inherits DATABASE_URL). */
async function run(script: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["--conditions=react-server", "--import", "tsx", script, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("npm run content:export and npm run db:seed", () => {
  it("export the seeded catalog to standard output as the shipped file, nothing else mixed in", async () => {
    const { code, stdout } = await run("scripts/content-export.ts");
    expect(code).toBe(0);
    expect(stdout).toBe(shippedText);
  });

  it("import a file given as argument and print what changed, or refuse it with each error's path", async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), "careport-content-"));
    const edited: CatalogContent = JSON.parse(shippedText);
    edited.doctors[0]!.yearsOfExperience += 1;
    const editedFile = path.join(folder, "edited.json");
    await writeFile(editedFile, JSON.stringify(edited));
    const imported = await run("scripts/seed.ts", editedFile);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`doctors: 0 created, 1 updated, ${edited.doctors.length - 1} unchanged, 0 not in file\n  updated: ${edited.doctors[0]!.slug}\n`);
    expect(imported.stdout).toContain(`clinics: 0 created, 0 updated, ${edited.clinics.length} unchanged, 0 not in file\n`);

    edited.doctors[0]!.reviewedOn = "yesterday";
    const invalidFile = path.join(folder, "invalid.json");
    await writeFile(invalidFile, JSON.stringify(edited));
    const refused = await run("scripts/seed.ts", invalidFile);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${invalidFile} is not a valid content file; nothing was imported:\ndoctors[0].reviewedOn: `);
  });
});
