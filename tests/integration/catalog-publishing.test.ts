import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getClinic, listClinics } from "@/lib/catalog/clinics";
import { listCatalogSlugs } from "@/lib/catalog/slugs";
import { currentSlugFor } from "@/lib/catalog/slug-redirects";
import { saveDraft } from "@/lib/catalog-editing/drafts";
import { readItemDocument } from "@/lib/catalog-editing/item-document";
import { publishDraft, restoreVersion } from "@/lib/catalog-editing/publish";
import { listVersions } from "@/lib/catalog-editing/versions";
import { recordImportedVersions } from "@/lib/catalog-editing/imported-versions";
import { exportCatalogContent } from "@/lib/catalog-content/export";
import { importCatalogContent } from "@/lib/catalog-content/import";
import type { ClinicContent } from "@/lib/validation/catalog-content/clinics";
import { createStaff } from "@/tests/factories/staff";

const slug = "publishing-test-clinic";
const renamed = "publishing-test-clinic-renamed";

/** A new clinic: a seeded one's document under another slug and name, with a price on its first offer. */
async function newClinicDocument(price: number): Promise<ClinicContent> {
  const seeded = await db.clinic.findFirstOrThrow({ orderBy: { sortOrder: "asc" }, select: { id: true } });
  const document = (await readItemDocument(db, "CLINIC", seeded.id)) as unknown as ClinicContent;
  const [first, ...rest] = document.offers;
  return {
    ...document,
    slug,
    text: { ...document.text, en: { ...document.text.en, name: "Publishing Test Clinic" } },
    offers: [{ ...first!, priceFrom: price, currency: "EUR", priceUnit: "PROCEDURE", priceSource: "marus-liver-metastases" }, ...rest],
  };
}

async function publishNew(price: number, actorId: string) {
  const saved = await saveDraft({ kind: "CLINIC", document: structuredClone(await newClinicDocument(price)) as never, actorId });
  if (saved.result !== "saved") throw new Error("a new draft is saved");
  const published = await publishDraft({ draftId: saved.draftId, revision: saved.revision, actorId });
  if (published.result !== "published") throw new Error(`published: ${JSON.stringify(published)}`);
  return published;
}

async function editPublished(itemId: string, edit: (document: ClinicContent) => void, actorId: string) {
  const document = (await readItemDocument(db, "CLINIC", itemId)) as unknown as ClinicContent;
  edit(document);
  const latest = (await listVersions("CLINIC", itemId))[0]?.number ?? null;
  const saved = await saveDraft({ kind: "CLINIC", itemId, baseVersion: latest ?? undefined, document: document as never, actorId });
  if (saved.result !== "saved") throw new Error("the draft is saved");
  return saved;
}

const firstPrice = async () => (await getClinic(slug, "en"))?.offers[0]?.priceFrom;

afterEach(async () => {
  const clinic = await db.clinic.findUnique({ where: { slug }, select: { id: true } });
  await db.catalogVersion.deleteMany({ where: { itemId: clinic?.id ?? "" } });
  await db.catalogDraft.deleteMany({ where: { kind: "CLINIC" } });
  await db.clinic.deleteMany({ where: { slug: { in: [slug, renamed] } } });
  await db.catalogSlugRedirect.deleteMany({ where: { fromSlug: { in: [slug, renamed] } } });
});

describe("publishing the catalog", () => {
  it("keeps a draft away from visitors and the sitemap until it is published, then shows all of it", async () => {
    const { user } = await createStaff("editor");
    const saved = await saveDraft({ kind: "CLINIC", document: (await newClinicDocument(4100)) as never, actorId: user.id });
    if (saved.result !== "saved") throw new Error("saved");
    expect(await getClinic(slug, "en")).toBeNull();
    expect((await listClinics("en")).map((clinic) => clinic.slug)).not.toContain(slug);
    expect((await listCatalogSlugs()).clinics).not.toContain(slug);

    const published = await publishDraft({ draftId: saved.draftId, revision: saved.revision, actorId: user.id });
    if (published.result !== "published") throw new Error(`published: ${JSON.stringify(published)}`);
    expect(published.version).toBe(1);
    expect(await firstPrice()).toBe(4100);
    expect((await listClinics("en")).at(-1)?.slug).toBe(slug);
    expect(await db.catalogDraft.count({ where: { id: saved.draftId } })).toBe(0);

    const edit = await editPublished(published.itemId, (document) => (document.offers[0]!.priceFrom = 4300), user.id);
    expect(await firstPrice()).toBe(4100);
    expect(await publishDraft({ draftId: edit.draftId, revision: edit.revision, actorId: user.id })).toMatchObject({ version: 2 });
    expect(await firstPrice()).toBe(4300);
  });

  it("restores exactly an earlier version, as a new version", async () => {
    const { user } = await createStaff("editor");
    const { itemId } = await publishNew(4100, user.id);
    const first = await readItemDocument(db, "CLINIC", itemId);
    const edit = await editPublished(
      itemId,
      (document) => {
        document.offers[0]!.priceFrom = 5000;
        document.text.ru!.description = "Новое описание клиники.";
        document.languages = [...document.languages, "fr"];
      },
      user.id,
    );
    await publishDraft({ draftId: edit.draftId, revision: edit.revision, actorId: user.id });
    expect(await readItemDocument(db, "CLINIC", itemId)).not.toEqual(first);

    expect(await restoreVersion({ kind: "CLINIC", itemId, number: 1, expectedLatest: 2, actorId: user.id })).toMatchObject({ result: "published", version: 3 });
    expect(await readItemDocument(db, "CLINIC", itemId)).toEqual(first);
    const history = await listVersions("CLINIC", itemId);
    expect(history.map((version) => [version.number, version.action])).toEqual([
      [3, "RESTORED"],
      [2, "PUBLISHED"],
      [1, "PUBLISHED"],
    ]);
    const treatment = (first as unknown as ClinicContent).offers[0]!.treatment;
    expect(history[1]!.changes.map((change) => change.path.join(".")).sort()).toEqual(["languages", `offers.${treatment}.priceFrom`, "text.ru.description"]);
  });

  it("refuses to publish over a change made meanwhile, and says what it was", async () => {
    const [{ user: anna }, { user: boris }] = await Promise.all([createStaff("editor"), createStaff("editor")]);
    const { itemId } = await publishNew(4100, anna.id);
    const draft = await editPublished(itemId, (document) => (document.offers[0]!.priceFrom = 4200), anna.id);
    expect(await publishDraft({ draftId: draft.draftId, revision: draft.revision - 1, actorId: anna.id })).toEqual({ result: "conflict", changes: [] });

    // Boris restores version 1 as a new version while Anna's draft still starts from version 1.
    await restoreVersion({ kind: "CLINIC", itemId, number: 1, expectedLatest: 1, actorId: boris.id });
    const outcome = await publishDraft({ draftId: draft.draftId, revision: draft.revision, actorId: anna.id });
    expect(outcome.result).toBe("conflict");
    expect(await firstPrice()).toBe(4100);
  });

  it("leaves a permanent redirect from the old slug when a published change renames the clinic, and renaming back works", async () => {
    const { user } = await createStaff("editor");
    const { itemId } = await publishNew(4100, user.id);
    const rename = async (to: string) => {
      const draft = await editPublished(itemId, (document) => (document.slug = to), user.id);
      expect(await publishDraft({ draftId: draft.draftId, revision: draft.revision, actorId: user.id })).toMatchObject({ result: "published" });
    };
    await rename(renamed);
    expect(await currentSlugFor("CLINIC", slug)).toBe(renamed);
    expect(await getClinic(renamed, "en")).not.toBeNull();
    await rename(slug);
    expect(await currentSlugFor("CLINIC", renamed)).toBe(slug);
    expect(await currentSlugFor("CLINIC", slug)).toBeNull();
  });

  it("gives a new clinic the slug another clinic was renamed from: the old address becomes the new clinic's page", async () => {
    const { user } = await createStaff("editor");
    const first = await publishNew(4100, user.id);
    const draft = await editPublished(first.itemId, (document) => (document.slug = renamed), user.id);
    await publishDraft({ draftId: draft.draftId, revision: draft.revision, actorId: user.id });
    expect(await currentSlugFor("CLINIC", slug)).toBe(renamed);

    const second = await publishNew(4200, user.id);
    expect(second.itemId).not.toBe(first.itemId);
    expect(await currentSlugFor("CLINIC", slug)).toBeNull();
    expect((await getClinic(slug, "en"))?.offers[0]?.priceFrom).toBe(4200);
  });

  it("refuses a draft that names what does not exist or takes another clinic's slug, with each path", async () => {
    const { user } = await createStaff("editor");
    const document = await newClinicDocument(4100);
    const taken = (await db.clinic.findFirstOrThrow({ select: { slug: true } })).slug;
    const broken = { ...document, slug: taken, offers: [{ ...document.offers[0]!, treatment: "no-such-treatment" }] };
    const saved = await saveDraft({ kind: "CLINIC", document: broken as never, actorId: user.id });
    if (saved.result !== "saved") throw new Error("saved");
    const outcome = await publishDraft({ draftId: saved.draftId, revision: saved.revision, actorId: user.id });
    expect(outcome).toEqual({ result: "invalid", errors: [`slug: "${taken}" is another item's`, 'offers[0].treatment: unknown "no-such-treatment"'] });
    expect(await db.catalogDraft.count({ where: { id: saved.draftId } })).toBe(1);
  });
});

describe("importing a content file", () => {
  it("adds a version to each clinic it changed, which can be restored like any other", async () => {
    const { user } = await createStaff("editor");
    const original = await exportCatalogContent(db);
    const edited = structuredClone(original);
    const [changed, untouched] = edited.clinics;
    changed!.text.en.summary = `${changed!.text.en.summary} Imported.`;
    const ids = await db.clinic.findMany({ where: { slug: { in: [changed!.slug, untouched!.slug] } }, select: { id: true, slug: true } });
    const idOf = (slug: string) => ids.find((row) => row.slug === slug)!.id;
    const before = await readItemDocument(db, "CLINIC", idOf(changed!.slug));
    const versionsOf = async (slug: string) => (await listVersions("CLINIC", idOf(slug))).map((version) => version.action);
    const [changedBefore, untouchedBefore] = [await versionsOf(changed!.slug), await versionsOf(untouched!.slug)];

    try {
      const result = await importCatalogContent(db, edited);
      if (!result.ok) throw new Error(result.errors.join("\n"));
      expect(await recordImportedVersions(db, result.report)).toBe(1);
      expect(await versionsOf(changed!.slug)).toEqual(["IMPORTED", ...changedBefore]);
      expect(await versionsOf(untouched!.slug)).toEqual(untouchedBefore);

      // The seeded catalog gave every clinic its first version (IMPORTED): the new one holds only the edit.
      const [latest, previous] = await listVersions("CLINIC", idOf(changed!.slug));
      expect(latest!.changes.map((change) => change.path.join("."))).toEqual(["text.en.summary"]);
      await restoreVersion({ kind: "CLINIC", itemId: idOf(changed!.slug), number: previous!.number, expectedLatest: latest!.number, actorId: user.id });
      expect(await readItemDocument(db, "CLINIC", idOf(changed!.slug))).toEqual(before);
    } finally {
      await importCatalogContent(db, original);
    }
  });
});
