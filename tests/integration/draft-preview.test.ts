import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getClinic } from "@/lib/catalog/clinics";
import { getDoctor } from "@/lib/catalog/doctors";
import { previewItem } from "@/lib/catalog-editing/draft-preview";
import { saveDraft } from "@/lib/catalog-editing/drafts";
import { readItemDocument } from "@/lib/catalog-editing/item-document";
import type { ClinicContent } from "@/lib/validation/catalog-content/clinics";
import type { DoctorContent } from "@/lib/validation/catalog-content/doctors";
import { publishTestClinic, publishTestDoctor, removeTestClinic, removeTestDoctor } from "@/tests/factories/catalog-items";
import { createStaff } from "@/tests/factories/staff";

const slug = "draft-preview-test-clinic";
const doctorSlug = "draft-preview-test-doctor";
let itemId: string;
let doctorId: string;
let actorId: string;
let published: ClinicContent;
let publishedDoctor: DoctorContent;

beforeAll(async () => {
  ({ user: { id: actorId } } = await createStaff("editor"));
  ({ itemId, document: published } = await publishTestClinic(slug, "Draft Preview Test Clinic", actorId));
  ({ itemId: doctorId, document: publishedDoctor } = await publishTestDoctor(doctorSlug, "Draft Preview Test Doctor", actorId));
});

afterAll(async () => {
  await removeTestClinic(slug, itemId);
  await removeTestDoctor(doctorSlug, doctorId);
});

const previewClinic = (id: string, locale: "en" | "de") => previewItem("CLINIC", id, locale);

describe("the preview of a clinic's draft", () => {
  it("shows the published page while there is no draft", async () => {
    expect(await previewClinic(itemId, "en")).toMatchObject({ result: "page", fromDraft: false, page: { clinic: { name: "Draft Preview Test Clinic" } } });
    expect(await previewClinic("no-such-clinic", "en")).toEqual({ result: "gone" });
  });

  it("shows the whole public page as the draft will make it, in the locale asked, and changes nothing anyone else sees", async () => {
    const draft = structuredClone(published);
    draft.text.en.name = "Draft Preview Test Clinic, renamed";
    draft.text.de!.summary = "Entwurf: eine neue Zusammenfassung.";
    draft.offers = draft.offers.slice(1);
    const saved = await saveDraft({ kind: "CLINIC", itemId, baseVersion: 1, document: draft as never, actorId });
    expect(saved.result).toBe("saved");

    const before = await readItemDocument(db, "CLINIC", itemId);
    const english = await previewClinic(itemId, "en");
    expect(english).toMatchObject({ result: "page", fromDraft: true, page: { clinic: { name: "Draft Preview Test Clinic, renamed" } } });
    expect(english.result === "page" && english.page.kind === "CLINIC" && english.page.clinic.offers.map((offer) => offer.treatment.slug)).toEqual(
      draft.offers.map((offer) => offer.treatment),
    );
    expect(await previewClinic(itemId, "de")).toMatchObject({ page: { clinic: { summary: "Entwurf: eine neue Zusammenfassung.", textLocale: "de" } } });

    expect(await readItemDocument(db, "CLINIC", itemId)).toEqual(before);
    expect((await getClinic(slug, "en"))?.name).toBe("Draft Preview Test Clinic");
    expect(await db.catalogVersion.count({ where: { itemId } })).toBe(1);
  });

  it("lists what keeps a draft from being shown, such as a reference to nothing", async () => {
    const draft = structuredClone(published);
    draft.offers[0]!.treatment = "no-such-treatment";
    await db.catalogDraft.updateMany({ where: { itemId }, data: { document: draft as never } });
    expect(await previewClinic(itemId, "en")).toEqual({ result: "invalid", errors: ['offers[0].treatment: unknown "no-such-treatment"'] });
  });
});

describe("the preview of a doctor's draft", () => {
  it("shows the doctor's public page as the draft will make it, even a renamed one, and changes nothing anyone else sees", async () => {
    expect(await previewItem("DOCTOR", doctorId, "en")).toMatchObject({ result: "page", fromDraft: false, page: { doctor: { name: "Draft Preview Test Doctor" } } });
    expect(await previewItem("DOCTOR", itemId, "en")).toEqual({ result: "gone" });

    const draft = structuredClone(publishedDoctor);
    draft.slug = "draft-preview-test-doctor-renamed";
    draft.yearsOfExperience = 41;
    draft.treatments = draft.treatments.slice(0, 1);
    expect((await saveDraft({ kind: "DOCTOR", itemId: doctorId, baseVersion: 1, document: draft as never, actorId })).result).toBe("saved");

    const preview = await previewItem("DOCTOR", doctorId, "en");
    expect(preview).toMatchObject({ result: "page", fromDraft: true, page: { doctor: { slug: draft.slug, yearsOfExperience: 41 } } });
    expect(preview.result === "page" && preview.page.kind === "DOCTOR" && preview.page.doctor.treatments.map((treatment) => treatment.slug)).toEqual(draft.treatments);

    expect((await getDoctor(doctorSlug, "en"))?.yearsOfExperience).toBe(publishedDoctor.yearsOfExperience);
    expect(await getDoctor(draft.slug, "en")).toBeNull();
    expect(await db.catalogVersion.count({ where: { itemId: doctorId } })).toBe(1);
  });
});
