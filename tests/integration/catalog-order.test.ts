import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listClinics } from "@/lib/catalog/clinics";
import { listDoctors } from "@/lib/catalog/doctors";
import { exportCatalogContent } from "@/lib/catalog-content/export";
import { moveClinic, moveDoctor } from "@/lib/catalog-editing/actions";
import { browserHeaders, createStaff, signedInCookie } from "@/tests/factories/staff";
import { formData } from "@/tests/support/form-data";
import { callAction } from "@/tests/support/server-actions";

const headers = {} as Record<"editor" | "coordinator", Headers>;

beforeAll(async () => {
  for (const role of ["editor", "coordinator"] as const) headers[role] = browserHeaders({ cookie: await signedInCookie(await createStaff(role)) });
});

const clinicSlugs = async () => (await listClinics("en")).map((clinic) => clinic.slug);
const doctorSlugs = async () => (await listDoctors("en")).map((doctor) => doctor.slug);
const idOf = async (slug: string) => (await db.clinic.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
const move = (itemId: string, direction: string, as = headers.editor) => callAction(moveClinic, as, formData({ itemId, direction }));

describe("the order of clinics and doctors on the site", () => {
  it("moves a clinic one place up or down in the site's list and the content file, and not past either end", async () => {
    const before = await clinicSlugs();
    const [first, second, third] = before as [string, string, string];

    expect(await move(await idOf(second), "up")).toEqual({ result: "moved", position: 1 });
    expect((await clinicSlugs()).slice(0, 3)).toEqual([second, first, third]);
    expect((await exportCatalogContent(db)).clinics.slice(0, 3).map((clinic) => clinic.slug)).toEqual([second, first, third]);

    expect(await move(await idOf(second), "up")).toEqual({ result: "unchanged", position: 1 });
    expect(await move(await idOf(before.at(-1)!), "down")).toEqual({ result: "unchanged", position: before.length });
    expect(await move(await idOf(second), "down")).toEqual({ result: "moved", position: 2 });
    expect(await clinicSlugs()).toEqual(before);
  });

  it("moves doctors the same way", async () => {
    const before = await doctorSlugs();
    const last = await db.doctor.findUniqueOrThrow({ where: { slug: before.at(-1)! }, select: { id: true } });
    expect(await callAction(moveDoctor, headers.editor, formData({ itemId: last.id, direction: "up" }))).toEqual({ result: "moved", position: before.length - 1 });
    expect(await doctorSlugs()).toEqual([...before.slice(0, -2), before.at(-1), before.at(-2)]);
  });

  it("keeps every clinic exactly once, numbered without gaps, when editors move several at once", async () => {
    const before = await clinicSlugs();
    const ids = await Promise.all(before.slice(0, 6).map(idOf));
    const outcomes = await Promise.all(ids.flatMap((id) => [move(id, "down"), move(id, "up")]));
    expect(outcomes.every((outcome) => outcome.result === "moved" || outcome.result === "unchanged")).toBe(true);
    expect((await clinicSlugs()).toSorted()).toEqual(before.toSorted());
    const orders = (await db.clinic.findMany({ select: { sortOrder: true }, orderBy: { sortOrder: "asc" } })).map((row) => row.sortOrder);
    expect(orders).toEqual(orders.map((_, index) => index));
  });

  it("is refused to anyone but an editor, and for what does not exist or is not a direction, changing nothing", async () => {
    const before = await clinicSlugs();
    const id = await idOf(before[1]!);
    expect((await move(id, "up", browserHeaders())).result).toBe("signedOut");
    expect((await move(id, "up", headers.coordinator)).result).toBe("forbidden");
    expect(await move("no-such-clinic", "up")).toEqual({ result: "gone" });
    expect(await move(id, "sideways")).toMatchObject({ result: "invalid" });
    expect(await move("'; DROP TABLE \"Clinic\"; --", "up")).toMatchObject({ result: "invalid" });
    expect(await clinicSlugs()).toEqual(before);
  });
});
