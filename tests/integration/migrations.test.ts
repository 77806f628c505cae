import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { applyMigrations, pendingSchemaChanges, schemaPath } from "@/scripts/lib/migrations";

const databaseUrl = process.env.DATABASE_URL!;

describe("migrations", () => {
  it("capture every change in schema.prisma", async () => {
    expect(await pendingSchemaChanges(databaseUrl)).toBe("");
  });

  it("would report a schema change that no migration captures", async () => {
    const directory = await mkdtemp(path.join(os.tmpdir(), "careport-schema-"));
    const changedSchema = path.join(directory, "schema.prisma");
    const schema = await readFile(schemaPath, "utf8");
    await writeFile(changedSchema, `${schema}\nmodel UncapturedChange {\n  id Int @id\n}\n`);
    expect(await pendingSchemaChanges(databaseUrl, changedSchema)).toContain('CREATE TABLE "UncapturedChange"');
  });

  it("are already applied to the test database, so applying again changes nothing", async () => {
    expect(await applyMigrations(databaseUrl)).toEqual([]);
  });
});
