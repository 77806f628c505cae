import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedCatalog } from "@/prisma/seed";

describe("seedCatalog", () => {
  it("is idempotent: seeding again keeps the same rows and ids", async () => {
    const before = await db.treatment.findMany({ select: { id: true, slug: true }, orderBy: { slug: "asc" } });
    const offersBefore = await db.clinicTreatment.count();
    await seedCatalog(db);
    expect(await db.treatment.findMany({ select: { id: true, slug: true }, orderBy: { slug: "asc" } })).toEqual(before);
    expect(await db.clinicTreatment.count()).toBe(offersBefore);
  });
});
