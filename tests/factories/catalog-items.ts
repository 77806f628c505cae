import { db } from "@/lib/db";
import type { CatalogItemKind } from "@/lib/generated/prisma/client";
import { saveDraft } from "@/lib/catalog-editing/drafts";
import { readItemDocument } from "@/lib/catalog-editing/item-document";
import { publishDraft } from "@/lib/catalog-editing/publish";
import type { ClinicContent } from "@/lib/validation/catalog-content/clinics";
import type { DoctorContent } from "@/lib/validation/catalog-content/doctors";

type Documents = { CLINIC: ClinicContent; DOCTOR: DoctorContent };

/**
 * A clinic or doctor of a test's own, published through the editor's machinery (version 1): a copy of the first seeded
 * one under another slug and English name, so tests never change what other tests read.
 */
async function publishTestItem<Kind extends CatalogItemKind>(kind: Kind, slug: string, englishName: string, actorId: string) {
  const where = { orderBy: { sortOrder: "asc" as const }, select: { id: true } };
  const seeded = kind === "CLINIC" ? await db.clinic.findFirstOrThrow(where) : await db.doctor.findFirstOrThrow(where);
  const copy = (await readItemDocument(db, kind, seeded.id)) as unknown as Documents[Kind];
  const document = { ...copy, slug, text: { ...copy.text, en: { ...copy.text.en, name: englishName } } } as Documents[Kind];
  const saved = await saveDraft({ kind, document: document as never, actorId });
  if (saved.result !== "saved") throw new Error(`the test ${kind}'s first draft was not saved`);
  const published = await publishDraft({ draftId: saved.draftId, revision: saved.revision, actorId });
  if (published.result !== "published") throw new Error(`the test ${kind} was not published: ${JSON.stringify(published)}`);
  return { itemId: published.itemId, document };
}

export const publishTestClinic = (slug: string, englishName: string, actorId: string) => publishTestItem("CLINIC", slug, englishName, actorId);
export const publishTestDoctor = (slug: string, englishName: string, actorId: string) => publishTestItem("DOCTOR", slug, englishName, actorId);

/** Removes a test clinic or doctor with its versions and drafts. */
async function removeTestItem(kind: CatalogItemKind, slug: string, itemId: string) {
  await db.catalogVersion.deleteMany({ where: { itemId } });
  await db.catalogDraft.deleteMany({ where: { itemId } });
  await (kind === "CLINIC" ? db.clinic.deleteMany({ where: { slug } }) : db.doctor.deleteMany({ where: { slug } }));
}

export const removeTestClinic = (slug: string, itemId: string) => removeTestItem("CLINIC", slug, itemId);
export const removeTestDoctor = (slug: string, itemId: string) => removeTestItem("DOCTOR", slug, itemId);
