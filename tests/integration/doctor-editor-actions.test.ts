import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDoctor } from "@/lib/catalog/doctors";
import { exportCatalogContent } from "@/lib/catalog-content/export";
import { publishDoctor, restoreDoctorVersion, saveDoctorDraft, setDoctorPublication } from "@/lib/catalog-editing/actions";
import { listVersions } from "@/lib/catalog-editing/versions";
import { loadDoctorForEditing } from "@/lib/catalog-editing/item-editor-state";
import type { DoctorContent } from "@/lib/validation/catalog-content/doctors";
import { publishTestDoctor, removeTestDoctor } from "@/tests/factories/catalog-items";
import { browserHeaders, createStaff, signedInCookie } from "@/tests/factories/staff";
import { formData } from "@/tests/support/form-data";
import { callAction } from "@/tests/support/server-actions";

const slug = "doctor-editor-test-doctor";
let itemId: string;
let original: DoctorContent;
const headers = {} as Record<"editor" | "otherEditor" | "coordinator", Headers>;

const doctorForm = (document: DoctorContent, fields: Record<string, string> = {}) => formData({ itemId, ...fields, document: JSON.stringify(document) });
const withYears = (years: number): DoctorContent => ({ ...original, yearsOfExperience: years });

beforeAll(async () => {
  const { user } = await createStaff("editor");
  ({ itemId, document: original } = await publishTestDoctor(slug, "Doctor Editor Test Doctor", user.id));
  for (const [name, role] of [["editor", "editor"], ["otherEditor", "editor"], ["coordinator", "coordinator"]] as const) {
    headers[name] = browserHeaders({ cookie: await signedInCookie(await createStaff(role)) });
  }
});

afterAll(() => removeTestDoctor(slug, itemId));

describe("the doctor editor's actions", () => {
  it("an editor saves a draft visitors do not see, publishes it, and restores the earlier version", async () => {
    const saved = await callAction(saveDoctorDraft, headers.editor, doctorForm(withYears(31), { baseVersion: "1" }));
    expect(saved).toMatchObject({ result: "saved", revision: 1 });
    expect((await getDoctor(slug, "en"))?.yearsOfExperience).toBe(original.yearsOfExperience);
    expect((await loadDoctorForEditing({ itemId }))?.document.yearsOfExperience).toBe(31);

    const { draftId, revision } = saved as unknown as { draftId: string; revision: number };
    const published = await callAction(publishDoctor, headers.editor, doctorForm(withYears(31), { draftId, revision: String(revision) }));
    expect(published).toEqual({ result: "published", itemId, version: 2, slug, outdatedTranslations: [] });
    expect((await getDoctor(slug, "en"))?.yearsOfExperience).toBe(31);

    expect(await callAction(restoreDoctorVersion, headers.editor, { itemId, number: 1, expectedLatest: 2 })).toEqual({ result: "restored", version: 3 });
    expect((await getDoctor(slug, "en"))?.yearsOfExperience).toBe(original.yearsOfExperience);
  });

  it("shows a second editor the first one's change instead of overwriting it", async () => {
    const first = (await callAction(saveDoctorDraft, headers.editor, doctorForm(withYears(32), { baseVersion: "3" }))) as unknown as { draftId: string; revision: number };
    const position = { draftId: first.draftId, revision: String(first.revision) };
    expect(await callAction(saveDoctorDraft, headers.editor, doctorForm(withYears(33), position))).toMatchObject({ result: "saved", revision: 2 });
    expect(await callAction(saveDoctorDraft, headers.otherEditor, doctorForm(withYears(34), position))).toMatchObject({
      result: "conflict",
      changes: [{ path: ["yearsOfExperience"], before: 34, after: 33 }],
    });
  });

  it("takes the doctor off the site and back as versions, keeping the state in the content file, unless the history shown is old", async () => {
    await db.catalogDraft.deleteMany({ where: { itemId } });
    const latest = (await db.catalogVersion.count({ where: { itemId } })) as number;
    const off = { itemId, published: "false", expectedLatest: String(latest) };
    expect((await callAction(setDoctorPublication, headers.coordinator, off)).result).toBe("forbidden");
    expect(await callAction(setDoctorPublication, headers.editor, { ...off, expectedLatest: String(latest - 1) })).toMatchObject({ result: "outdated" });
    expect(await getDoctor(slug, "en")).not.toBeNull();

    expect(await callAction(setDoctorPublication, headers.editor, off)).toEqual({ result: "unpublished", version: latest + 1 });
    expect(await getDoctor(slug, "en")).toBeNull();
    expect((await exportCatalogContent(db)).doctors.find((each) => each.slug === slug)?.unpublished).toBe(true);
    expect((await listVersions("DOCTOR", itemId))[0]).toMatchObject({ action: "UNPUBLISHED", changes: [{ path: ["unpublished"], after: true }] });

    expect(await callAction(setDoctorPublication, headers.editor, { itemId, published: "true", expectedLatest: String(latest + 1) })).toEqual({ result: "republished", version: latest + 2 });
    expect((await getDoctor(slug, "en"))?.name).toBe("Doctor Editor Test Doctor");
    expect((await exportCatalogContent(db)).doctors.find((each) => each.slug === slug)?.unpublished).toBeUndefined();
  });

  it("refuses a coordinator, a doctor at no clinic, and one at a clinic that does not exist", async () => {
    expect((await callAction(saveDoctorDraft, headers.coordinator, doctorForm(withYears(35)))).result).toBe("forbidden");
    expect((await callAction(publishDoctor, headers.coordinator, doctorForm(withYears(35)))).result).toBe("forbidden");
    expect((await callAction(restoreDoctorVersion, headers.coordinator, { itemId, number: 1, expectedLatest: 3 })).result).toBe("forbidden");
    expect(await callAction(saveDoctorDraft, headers.editor, doctorForm({ ...original, clinics: [] }))).toMatchObject({ result: "invalid", fields: { "document.clinics": "at least one clinic" } });
    await db.catalogDraft.deleteMany({ where: { itemId } });
    const nowhere = await callAction(publishDoctor, headers.editor, doctorForm({ ...original, clinics: ["no-such-clinic"] }, { baseVersion: "3" }));
    expect(nowhere).toMatchObject({ result: "invalid", errors: ['clinics[0]: unknown "no-such-clinic"'] });
    expect((await getDoctor(slug, "en"))?.clinics.map((clinic) => clinic.slug)).toEqual(original.clinics);
  });
});
