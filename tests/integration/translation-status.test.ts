import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getClinic, listClinics } from "@/lib/catalog/clinics";
import { getDoctor } from "@/lib/catalog/doctors";
import { getTreatment } from "@/lib/catalog/treatments";
import { listConsultationOptions } from "@/lib/catalog/consultation-options";
import { exportCatalogContent } from "@/lib/catalog-content/export";
import { importCatalogContent } from "@/lib/catalog-content/import";
import { publishClinic, saveClinicDraft } from "@/lib/catalog-editing/actions";
import { readItemDocument } from "@/lib/catalog-editing/item-document";
import { englishDigest } from "@/lib/catalog-editing/translation-basis";
import { listTranslationWork } from "@/lib/catalog-editing/translation-work";
import type { ClinicContent } from "@/lib/validation/catalog-content/clinics";
import { publishTestClinic, removeTestClinic } from "@/tests/factories/catalog-items";
import { browserHeaders, createStaff, signedInCookie } from "@/tests/factories/staff";
import { formData } from "@/tests/support/form-data";
import { callAction } from "@/tests/support/server-actions";

const slug = "translation-status-test-clinic";
let itemId: string;
let original: ClinicContent;
let editor: Headers;
let position: { draftId?: string; revision?: number; baseVersion?: number } = { baseVersion: 1 };

/** Saves (or publishes) the document as the editor's form posts it, going on from the previous save's draft. */
async function post(action: typeof saveClinicDraft | typeof publishClinic, document: ClinicContent, confirmed: unknown[] = []) {
  const fields = { itemId, document: JSON.stringify(document), ...(confirmed.length ? { confirmedTranslations: JSON.stringify(confirmed) } : {}) };
  const outcome = (await callAction(action, editor, formData({ ...fields, ...Object.fromEntries(Object.entries(position).map(([name, value]) => [name, String(value)])) }))) as Record<string, unknown>;
  if (outcome.result === "saved") position = { draftId: outcome.draftId as string, revision: outcome.revision as number };
  else if (outcome.result === "published") position = { baseVersion: outcome.version as number };
  else throw new Error(`not saved: ${JSON.stringify(outcome)}`);
  return outcome;
}

const description = "description";
const outdatedDescription = (locale: string) => ({ block: "", locale, field: description });

beforeAll(async () => {
  const { user } = await createStaff("editor");
  ({ itemId, document: original } = await publishTestClinic(slug, "Translation Status Test Clinic", user.id));
  editor = browserHeaders({ cookie: await signedInCookie(await createStaff("editor")) });
});

afterAll(() => removeTestClinic(slug, itemId));

describe("translation status", () => {
  it("marks every translation of a changed English text outdated until it is typed again or confirmed", async () => {
    const english = structuredClone(original);
    english.text.en.description = `${original.text.en.description}\n\nNew: a second hybrid operating room.`;
    const saved = await post(saveClinicDraft, english);
    expect(saved.outdatedTranslations).toEqual(["ru", "uk", "de", "ar"].map(outdatedDescription));
    expect((await listTranslationWork()).ru.find((item) => item.id === itemId)).toMatchObject({ missing: [], outdated: [outdatedDescription("ru")] });

    // The translator updates Russian, and says the German still says the same; Ukrainian and Arabic stay outdated.
    const russian = structuredClone(english);
    russian.text.ru!.description = `${original.text.ru!.description}\n\nНовое: вторая гибридная операционная.`;
    const translated = await post(publishClinic, russian, [outdatedDescription("de")]);
    expect(translated).toMatchObject({ result: "published", outdatedTranslations: ["uk", "ar"].map(outdatedDescription) });
    expect((await listTranslationWork()).ru.some((item) => item.id === itemId)).toBe(false);

    // What was published, the content file and a round trip through it all keep the English each translation was made from.
    const digest = englishDigest(original.text.en.description);
    expect((await readItemDocument(db, "CLINIC", itemId)) as unknown as ClinicContent).toMatchObject({ translatedFrom: { uk: { description: digest }, ar: { description: digest } } });
    const exported = await exportCatalogContent(db);
    expect(exported.clinics.find((clinic) => clinic.slug === slug)?.translatedFrom).toEqual({ uk: { description: digest }, ar: { description: digest } });
    expect(await importCatalogContent(db, exported)).toMatchObject({ ok: true });
    expect(await exportCatalogContent(db)).toEqual(exported);
  });

  it("ignores what the browser claims is outdated, and makes a translation current again when English goes back to its source", async () => {
    const current = (await readItemDocument(db, "CLINIC", itemId)) as unknown as ClinicContent;
    const claimed = { ...current, translatedFrom: { ...current.translatedFrom, ru: { name: "0123456789abcdef" } } };
    expect((await post(saveClinicDraft, claimed)).outdatedTranslations).toEqual(["uk", "ar"].map(outdatedDescription));
    const reverted = { ...current, text: { ...current.text, en: { ...current.text.en, description: original.text.en.description } } };
    // Ukrainian and Arabic were made from this English and are current again; Russian and German were made (or confirmed)
    // against the English just replaced, so they are now the outdated ones.
    expect((await post(publishClinic, reverted)).outdatedTranslations).toEqual(["ru", "de"].map(outdatedDescription));
  });

  it("shows visitors English where a translation is missing, marked as English, and the editor lists it as missing", async () => {
    const document = (await readItemDocument(db, "CLINIC", itemId)) as unknown as ClinicContent;
    delete document.text.ar;
    delete document.offers[0]!.text.ar;
    expect(await post(publishClinic, document)).toMatchObject({ result: "published" });
    expect(await db.clinicTranslation.count({ where: { clinic: { slug }, locale: "ar" } })).toBe(0);

    const clinic = await getClinic(slug, "ar");
    expect(clinic).toMatchObject({ name: "Translation Status Test Clinic", description: document.text.en.description, textLocale: "en" });
    expect(clinic?.offers[0]).toMatchObject({ includes: document.offers[0]!.text.en.includes, textLocale: "en" });
    expect(clinic?.offers[1]?.textLocale).toBe("ar");
    expect((await getClinic(slug, "ru"))?.textLocale).toBe("ru");
    expect((await listClinics("ar")).find((each) => each.slug === slug)).toMatchObject({ name: "Translation Status Test Clinic", textLocale: "en" });
    const treatment = await getTreatment(document.offers[0]!.treatment, "ar");
    expect(treatment?.offers.find((offer) => offer.clinic.slug === slug)).toMatchObject({ textLocale: "en", clinic: { textLocale: "en" } });
    expect((await listConsultationOptions("ar")).clinics.find((each) => each.slug === slug)?.name).toBe("Translation Status Test Clinic");

    const work = (await listTranslationWork()).ar.find((item) => item.id === itemId);
    expect(work).toMatchObject({ missing: ["", `offers/${document.offers[0]!.treatment}`] });
  });

  it("refuses confirmations that are not JSON, name no locale of ours or come by the thousand, and saves nothing", async () => {
    const before = await db.catalogDraft.count({ where: { itemId } });
    const document = JSON.stringify(await readItemDocument(db, "CLINIC", itemId));
    const many = JSON.stringify(Array.from({ length: 2000 }, () => outdatedDescription("ru")));
    for (const confirmedTranslations of ["{not json", JSON.stringify([outdatedDescription("en")]), JSON.stringify([{ block: "", locale: "ru" }]), many, "\u0000"]) {
      const outcome = await callAction(saveClinicDraft, editor, formData({ itemId, baseVersion: "9", document, confirmedTranslations }));
      expect(outcome.result, confirmedTranslations.slice(0, 40)).toBe("invalid");
    }
    expect(await db.catalogDraft.count({ where: { itemId } })).toBe(before);
  });

  it("shows a doctor whose clinic has no translation with the clinic's English name", async () => {
    const doctor = await db.doctor.findFirstOrThrow({ where: { clinics: { some: {} } }, include: { clinics: { include: { clinic: true } } } });
    const clinicId = doctor.clinics[0]!.clinicId;
    const removed = await db.clinicTranslation.findUniqueOrThrow({ where: { clinicId_locale: { clinicId, locale: "de" } } });
    await db.clinicTranslation.delete({ where: { clinicId_locale: { clinicId, locale: "de" } } });
    try {
      const page = await getDoctor(doctor.slug, "de");
      const english = await db.clinicTranslation.findUniqueOrThrow({ where: { clinicId_locale: { clinicId, locale: "en" } } });
      expect(page?.clinics.find((clinic) => clinic.slug === doctor.clinics[0]!.clinic.slug)).toMatchObject({ name: english.name, textLocale: "en" });
    } finally {
      await db.clinicTranslation.create({ data: { ...removed, translatedFrom: undefined } });
    }
  });
});
