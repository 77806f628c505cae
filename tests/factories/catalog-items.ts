import { db } from "@/lib/db";
import { saveDraft } from "@/lib/catalog-editing/drafts";
import { readItemDocument } from "@/lib/catalog-editing/item-document";
import { publishDraft } from "@/lib/catalog-editing/publish";
import type { ClinicContent } from "@/lib/validation/catalog-content/clinics";
import type { DoctorContent } from "@/lib/validation/catalog-content/doctors";

/**
 * A clinic of a test's own, published through the editor's machinery (version 1): a copy of the first seeded clinic
 * under another slug and English name, so tests never change what other tests read.
 */
export async function publishTestClinic(slug: string, englishName: string, actorId: string) {
  const seeded = await db.clinic.findFirstOrThrow({ orderBy: { sortOrder: "asc" }, select: { id: true } });
  const copy = (await readItemDocument(db, "CLINIC", seeded.id)) as unknown as ClinicContent;
  const document: ClinicContent = { ...copy, slug, text: { ...copy.text, en: { ...copy.text.en, name: englishName } } };
  const saved = await saveDraft({ kind: "CLINIC", document: document as never, actorId });
  if (saved.result !== "saved") throw new Error("the test clinic's first draft was not saved");
  const published = await publishDraft({ draftId: saved.draftId, revision: saved.revision, actorId });
  if (published.result !== "published") throw new Error(`the test clinic was not published: ${JSON.stringify(published)}`);
  return { itemId: published.itemId, document };
}

/** Removes a test clinic with its versions and drafts. */
export async function removeTestClinic(slug: string, itemId: string) {
  await db.catalogVersion.deleteMany({ where: { itemId } });
  await db.catalogDraft.deleteMany({ where: { itemId } });
  await db.clinic.deleteMany({ where: { slug } });
}

/** A doctor of a test's own, published like publishTestClinic: a copy of the first seeded doctor. */
export async function publishTestDoctor(slug: string, englishName: string, actorId: string) {
  const seeded = await db.doctor.findFirstOrThrow({ orderBy: { sortOrder: "asc" }, select: { id: true } });
  const copy = (await readItemDocument(db, "DOCTOR", seeded.id)) as unknown as DoctorContent;
  const document: DoctorContent = { ...copy, slug, text: { ...copy.text, en: { ...copy.text.en, name: englishName } } };
  const saved = await saveDraft({ kind: "DOCTOR", document: document as never, actorId });
  if (saved.result !== "saved") throw new Error("the test doctor's first draft was not saved");
  const published = await publishDraft({ draftId: saved.draftId, revision: saved.revision, actorId });
  if (published.result !== "published") throw new Error(`the test doctor was not published: ${JSON.stringify(published)}`);
  return { itemId: published.itemId, document };
}

/** Removes a test doctor with its versions and drafts. */
export async function removeTestDoctor(slug: string, itemId: string) {
  await db.catalogVersion.deleteMany({ where: { itemId } });
  await db.catalogDraft.deleteMany({ where: { itemId } });
  await db.doctor.deleteMany({ where: { slug } });
}
