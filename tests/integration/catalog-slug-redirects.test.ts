import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentSlugFor, recordSlugRename } from "@/lib/catalog/slug-redirects";
import { db } from "@/lib/db";

const original = "ha-eun-jeon";
let doctorId: string;

/** What publishing a renamed doctor does: the new slug on the row, the old one kept as a redirect, in one transaction. */
async function rename(fromSlug: string, toSlug: string) {
  await db.$transaction(async (tx) => {
    await tx.doctor.update({ where: { id: doctorId }, data: { slug: toSlug } });
    await recordSlugRename(tx, "DOCTOR", doctorId, fromSlug, toSlug);
  });
}

beforeAll(async () => {
  doctorId = (await db.doctor.findUniqueOrThrow({ where: { slug: original } })).id;
});

afterAll(async () => {
  await db.doctor.update({ where: { id: doctorId }, data: { slug: original, unpublishedAt: null } });
  await db.catalogSlugRedirect.deleteMany({ where: { itemId: doctorId } });
});

describe("renamed slugs", () => {
  it("lead every earlier slug straight to the current one, and only for their own kind", async () => {
    await rename(original, "ha-eun-jeon-md");
    await rename("ha-eun-jeon-md", "haeun-jeon");
    expect(await currentSlugFor("DOCTOR", original)).toBe("haeun-jeon");
    expect(await currentSlugFor("DOCTOR", "ha-eun-jeon-md")).toBe("haeun-jeon");
    expect(await currentSlugFor("DOCTOR", "haeun-jeon")).toBeNull();
    expect(await currentSlugFor("CLINIC", original)).toBeNull();
    expect(await currentSlugFor("DOCTOR", "never-a-doctor")).toBeNull();
  });

  it("can be renamed back: the slug in use again is no longer a redirect, and none points at itself", async () => {
    await rename("haeun-jeon", original);
    expect(await currentSlugFor("DOCTOR", original)).toBeNull();
    expect(await currentSlugFor("DOCTOR", "haeun-jeon")).toBe(original);
    expect(await currentSlugFor("DOCTOR", "ha-eun-jeon-md")).toBe(original);
    await db.$transaction((tx) => recordSlugRename(tx, "DOCTOR", doctorId, original, original));
    const redirects = await db.catalogSlugRedirect.findMany({ where: { itemId: doctorId }, orderBy: { fromSlug: "asc" } });
    expect(redirects.map((redirect) => redirect.fromSlug)).toEqual(["ha-eun-jeon-md", "haeun-jeon"]);
  });

  it("lead nowhere once the item is unpublished", async () => {
    await db.doctor.update({ where: { id: doctorId }, data: { unpublishedAt: new Date() } });
    expect(await currentSlugFor("DOCTOR", "haeun-jeon")).toBeNull();
    await db.doctor.update({ where: { id: doctorId }, data: { unpublishedAt: null } });
    expect(await currentSlugFor("DOCTOR", "haeun-jeon")).toBe(original);
  });

  it("answer nothing for a crafted address rather than failing", async () => {
    expect(await currentSlugFor("CLINIC", "%00")).toBeNull();
    expect(await currentSlugFor("CLINIC", "\u0000")).toBeNull();
  });
});
