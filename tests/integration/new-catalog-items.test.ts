import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getClinic } from "@/lib/catalog/clinics";
import { publishClinic, saveClinicDraft } from "@/lib/catalog-editing/actions";
import { blankClinic } from "@/lib/catalog-editing/blank-documents";
import { listNewItemDrafts } from "@/lib/catalog-editing/drafts";
import { loadClinicForEditing } from "@/lib/catalog-editing/item-editor-state";
import { listVersions } from "@/lib/catalog-editing/versions";
import type { ClinicContent } from "@/lib/validation/catalog-content/clinics";
import { browserHeaders, createStaff, signedInCookie } from "@/tests/factories/staff";
import { formData } from "@/tests/support/form-data";
import { callAction } from "@/tests/support/server-actions";

let editor: Headers;
let reviewer: string;

const newClinic = (): ClinicContent => ({
  ...blankClinic(),
  slug: "lakeside-liver-clinic",
  countryCode: "CH",
  reviewedOn: "2026-11-30",
  reviewedBy: reviewer,
  offers: [{ treatment: "thermal-ablation", checkedOn: "2026-11-30", text: { en: { includes: "Two nights in hospital.", excludes: "Flights." } } }],
  text: { en: { name: "Lakeside Liver Clinic", city: "Lucerne", summary: "Liver surgery by the lake.", metaDescription: "Liver surgery in Lucerne.", description: "A new partner clinic." } },
});

beforeAll(async () => {
  editor = browserHeaders({ cookie: await signedInCookie(await createStaff("editor")) });
  ({ key: reviewer } = await db.medicalReviewer.findFirstOrThrow({ select: { key: true } }));
});

describe("a new clinic from the editor", () => {
  it("starts empty and says what is missing, keeping nothing", async () => {
    const outcome = await callAction(saveClinicDraft, editor, formData({ document: JSON.stringify(blankClinic()) }));
    expect(outcome.result).toBe("invalid");
    expect(Object.keys((outcome as { fields: Record<string, string> }).fields)).toEqual(expect.arrayContaining(["document.slug", "document.reviewedBy", "document.text.en.name"]));
    expect(await listNewItemDrafts()).toEqual([]);
  });

  it("is saved as a draft listed in the catalog, invisible to visitors, then published as a new clinic with its first version", async () => {
    const saved = (await callAction(saveClinicDraft, editor, formData({ document: JSON.stringify(newClinic()) }))) as unknown as { result: string; draftId: string; revision: number };
    expect(saved.result).toBe("saved");
    expect(await listNewItemDrafts()).toMatchObject([{ id: saved.draftId, kind: "CLINIC", name: "Lakeside Liver Clinic" }]);
    expect(await getClinic("lakeside-liver-clinic", "en")).toBeNull();
    expect((await loadClinicForEditing({ draftId: saved.draftId }))?.document.text.en.name).toBe("Lakeside Liver Clinic");

    const published = await callAction(publishClinic, editor, formData({ draftId: saved.draftId, revision: String(saved.revision), document: JSON.stringify(newClinic()) }));
    expect(published).toMatchObject({ result: "published", version: 1, slug: "lakeside-liver-clinic" });
    const { itemId } = published as unknown as { itemId: string };
    const clinic = await getClinic("lakeside-liver-clinic", "de");
    expect(clinic).toMatchObject({ name: "Lakeside Liver Clinic", textLocale: "en", offers: [{ treatment: { slug: "thermal-ablation" }, textLocale: "en" }] });
    expect(await db.clinic.findUnique({ where: { id: itemId }, select: { sortOrder: true } })).toEqual({ sortOrder: (await db.clinic.count()) - 1 });
    expect((await listVersions("CLINIC", itemId)).map((version) => version.action)).toEqual(["PUBLISHED"]);
    expect(await listNewItemDrafts()).toEqual([]);
  });

  it("cannot take an address another clinic has", async () => {
    const taken = { ...newClinic(), text: { en: { ...newClinic().text.en, name: "Another Lakeside" } } };
    const saved = (await callAction(saveClinicDraft, editor, formData({ document: JSON.stringify(taken) }))) as unknown as { draftId: string; revision: number };
    const outcome = await callAction(publishClinic, editor, formData({ draftId: saved.draftId, revision: String(saved.revision), document: JSON.stringify(taken) }));
    expect(outcome).toMatchObject({ result: "invalid", errors: ['slug: "lakeside-liver-clinic" is another item\'s'] });
    expect(await db.clinic.count({ where: { slug: "lakeside-liver-clinic" } })).toBe(1);
  });
});
