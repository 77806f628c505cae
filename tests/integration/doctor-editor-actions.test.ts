import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDoctor } from "@/lib/catalog/doctors";
import { publishDoctor, restoreDoctorVersion, saveDoctorDraft } from "@/lib/catalog-editing/actions";
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
    expect((await loadDoctorForEditing(itemId))?.document.yearsOfExperience).toBe(31);

    const { draftId, revision } = saved as unknown as { draftId: string; revision: number };
    const published = await callAction(publishDoctor, headers.editor, doctorForm(withYears(31), { draftId, revision: String(revision) }));
    expect(published).toEqual({ result: "published", version: 2, slug, outdatedTranslations: [] });
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
