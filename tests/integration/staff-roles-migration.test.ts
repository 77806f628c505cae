import { readFile } from "node:fs/promises";
import { expect, it } from "vitest";
import { db } from "@/lib/db";

class RolledBack extends Error {}

it("the roles migration keeps what every account could do: an admin becomes coordinator and admin", async () => {
  const sql = await readFile("prisma/migrations/20261202151500_staff_role_sets/migration.sql", "utf8");
  const stored = { admin: "admin", coordinator: "coordinator", unknown: "user" };
  const migrate = db.$transaction(async (tx) => {
    const roleAfter: Record<string, string> = {};
    const ids: Record<string, string> = {};
    for (const [name, role] of Object.entries(stored)) ids[name] = (await tx.user.create({ data: { id: `migration-${name}`, name, email: `${name}-migration@careport.test`, role } })).id;
    await tx.$executeRawUnsafe(sql);
    for (const [name, id] of Object.entries(ids)) roleAfter[name] = (await tx.user.findUniqueOrThrow({ where: { id } })).role;
    expect(roleAfter).toEqual({ admin: "coordinator,admin", coordinator: "coordinator", unknown: "coordinator" });
    // The other accounts of this database are in the new format already: leave them as they are.
    throw new RolledBack();
  });
  await expect(migrate).rejects.toBeInstanceOf(RolledBack);
});
