import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getClinic } from "@/lib/catalog/clinics";
import { publishClinic, restoreClinicVersion, saveClinicDraft } from "@/lib/catalog-editing/actions";
import { listCatalogItems } from "@/lib/catalog-editing/catalog-overview";
import { loadClinicForEditing } from "@/lib/catalog-editing/item-editor-state";
import { saveDraft, findDraft } from "@/lib/catalog-editing/drafts";
import { readItemDocument } from "@/lib/catalog-editing/item-document";
import { publishDraft } from "@/lib/catalog-editing/publish";
import type { ClinicContent } from "@/lib/validation/catalog-content/clinics";
import { browserHeaders, createStaff, signedInCookie } from "@/tests/factories/staff";
import { formData } from "@/tests/support/form-data";
import { callAction } from "@/tests/support/server-actions";

const slug = "editor-actions-test-clinic";
let itemId: string;
let original: ClinicContent;
const cookies = {} as Record<"editor" | "otherEditor" | "coordinator", string>;

/** The clinic as the editor's form posts it: the ids it was loaded with and the whole document as JSON. */
const editorForm = (document: ClinicContent, fields: Record<string, string> = {}) => formData({ itemId, ...fields, document: JSON.stringify(document) });
const withPrice = (price: number): ClinicContent => ({ ...original, offers: original.offers.map((offer, index) => (index === 0 ? { ...offer, priceFrom: price } : offer)) });

beforeAll(async () => {
  const { user } = await createStaff("editor");
  const seeded = await db.clinic.findFirstOrThrow({ orderBy: { sortOrder: "asc" }, select: { id: true } });
  const document = (await readItemDocument(db, "CLINIC", seeded.id)) as unknown as ClinicContent;
  const [first, ...rest] = document.offers;
  original = {
    ...document,
    slug,
    text: { ...document.text, en: { ...document.text.en, name: "Editor Actions Test Clinic" } },
    offers: [{ ...first!, priceFrom: 5000, currency: "EUR", priceUnit: "PROCEDURE", priceSource: "marus-liver-metastases" }, ...rest],
  };
  const saved = await saveDraft({ kind: "CLINIC", document: original as never, actorId: user.id });
  if (saved.result !== "saved") throw new Error("saved");
  const published = await publishDraft({ draftId: saved.draftId, revision: saved.revision, actorId: user.id });
  if (published.result !== "published") throw new Error(JSON.stringify(published));
  itemId = published.itemId;
  cookies.editor = await signedInCookie(await createStaff("editor"));
  cookies.otherEditor = await signedInCookie(await createStaff("editor"));
  cookies.coordinator = await signedInCookie(await createStaff("coordinator"));
});

afterAll(async () => {
  await db.catalogVersion.deleteMany({ where: { itemId } });
  await db.catalogDraft.deleteMany({ where: { itemId } });
  await db.clinic.deleteMany({ where: { slug } });
});

const as = (account: keyof typeof cookies) => browserHeaders({ cookie: cookies[account] });
const price = async () => (await getClinic(slug, "en"))?.offers[0]?.priceFrom;

describe("the clinic editor's actions", () => {
  it("an editor saves a draft visitors do not see, then publishes it, and the clinic shows the new price", async () => {
    const saved = await callAction(saveClinicDraft, as("editor"), editorForm(withPrice(5200), { baseVersion: "1" }));
    expect(saved).toMatchObject({ result: "saved", revision: 1 });
    expect(await price()).toBe(5000);

    const { draftId, revision } = saved as unknown as { draftId: string; revision: number };
    const published = await callAction(publishClinic, as("editor"), editorForm(withPrice(5300), { draftId, revision: String(revision) }));
    expect(published).toEqual({ result: "published", itemId, version: 2, slug, outdatedTranslations: [] });
    expect(await price()).toBe(5300);
    expect(await findDraft("CLINIC", itemId)).toBeNull();
  });

  it("restores an earlier version as a new one, and refuses a restore made from an outdated history", async () => {
    expect(await callAction(restoreClinicVersion, as("editor"), { itemId, number: 1, expectedLatest: 1 })).toMatchObject({ result: "outdated" });
    expect(await callAction(restoreClinicVersion, as("editor"), { itemId, number: 1, expectedLatest: 2 })).toEqual({ result: "restored", version: 3 });
    expect(await price()).toBe(5000);
  });

  it("a second editor saving beside the first is shown the first one's change, nothing is overwritten, and the catalog and the editor show the pending draft", async () => {
    const first = await callAction(saveClinicDraft, as("editor"), editorForm(withPrice(6100), { baseVersion: "3" }));
    const second = await callAction(saveClinicDraft, as("otherEditor"), editorForm(withPrice(6200), { baseVersion: "3" }));
    expect(first.result).toBe("saved");
    expect(second).toMatchObject({
      result: "conflict",
      by: "Test editor",
      revision: 1,
      changes: [{ path: ["offers", original.offers[0]!.treatment, "priceFrom"], before: 6200, after: 6100 }],
    });
    expect(((await findDraft("CLINIC", itemId))?.document as ClinicContent).offers[0]?.priceFrom).toBe(6100);

    const listed = (await listCatalogItems()).clinics.find((clinic) => clinic.slug === slug);
    expect(listed).toMatchObject({ name: "Editor Actions Test Clinic", draft: { by: "Test editor" }, latest: { number: 3, by: "Test editor" } });
    const reopened = await loadClinicForEditing({ itemId });
    expect(reopened).toMatchObject({ draft: { revision: 1 }, draftBy: "Test editor", baseVersion: 3 });
    expect(reopened?.document.offers[0]?.priceFrom).toBe(6100);
    await db.catalogDraft.deleteMany({ where: { itemId } });
  });

  it("refuses a visitor without a session, an account without the editor role, a document the schema refuses, and publishes nothing that names an unknown source", async () => {
    expect((await callAction(saveClinicDraft, browserHeaders(), editorForm(withPrice(7000)))).result).toBe("signedOut");
    for (const action of [saveClinicDraft, publishClinic]) {
      expect((await callAction(action, as("coordinator"), editorForm(withPrice(7000)))).result).toBe("forbidden");
    }
    expect((await callAction(restoreClinicVersion, as("coordinator"), { itemId, number: 1, expectedLatest: 3 })).result).toBe("forbidden");
    const refused = await callAction(saveClinicDraft, as("editor"), editorForm({ ...withPrice(-1) }));
    expect(refused).toMatchObject({ result: "invalid", fields: { "document.offers.0.priceFrom": "must be positive" } });
    expect((await callAction(saveClinicDraft, as("editor"), formData({ itemId, document: "{not json" }))).result).toBe("invalid");
    const unknownSource = { ...withPrice(7000), offers: withPrice(7000).offers.map((offer, index) => (index === 0 ? { ...offer, priceSource: "no-such-source" } : offer)) };
    expect(await callAction(publishClinic, as("editor"), editorForm(unknownSource, { baseVersion: "3" }))).toMatchObject({
      result: "invalid",
      errors: ['offers[0].priceSource: unknown "no-such-source"'],
      revision: 1,
    });
    await db.catalogDraft.deleteMany({ where: { itemId } });
    expect(await price()).toBe(5000);
  });

  it("publishing over a version published meanwhile is refused with its changes, then goes through once the editor has seen them", async () => {
    const saved = (await callAction(saveClinicDraft, as("editor"), editorForm(withPrice(8100), { baseVersion: "3" }))) as unknown as { draftId: string; revision: number };
    expect(await callAction(restoreClinicVersion, as("otherEditor"), { itemId, number: 2, expectedLatest: 3 })).toEqual({ result: "restored", version: 4 });

    const refused = await callAction(publishClinic, as("editor"), editorForm(withPrice(8100), { draftId: saved.draftId, revision: String(saved.revision) }));
    expect(refused).toMatchObject({ result: "outdated", latest: 4, revision: 2, changes: [{ path: ["offers", original.offers[0]!.treatment, "priceFrom"], before: 8100, after: 5300 }] });
    expect(await price()).toBe(5300);

    const again = await callAction(publishClinic, as("editor"), editorForm(withPrice(8100), { draftId: saved.draftId, revision: "2", baseVersion: "4" }));
    expect(again).toEqual({ result: "published", itemId, version: 5, slug, outdatedTranslations: [] });
    expect(await price()).toBe(8100);
  });
});
