import "server-only";
import { db } from "@/lib/db";
import type { CatalogItemKind } from "@/lib/generated/prisma/client";
import { applyClinic, applyDoctor } from "@/lib/catalog-content/apply-clinics";
import type { CatalogDatabase } from "@/lib/catalog-content/database";
import { loadReferenceIds } from "@/lib/catalog-content/ids";
import { readClinicPage, type ClinicPage } from "@/lib/catalog/clinics";
import { readDoctorPage, type DoctorPage } from "@/lib/catalog/doctors";
import type { Locale } from "@/lib/i18n/locales";
import type { DocumentValue } from "./document-diff";
import { findDraft } from "./drafts";
import { checkItemDocument, itemWithSlug } from "./item-document";

export type PreviewPage = { kind: "CLINIC"; clinic: ClinicPage } | { kind: "DOCTOR"; doctor: DoctorPage };

export type ItemPreview = { result: "page"; page: PreviewPage; fromDraft: boolean } | { result: "invalid"; errors: string[] } | { result: "gone" };

/** Carries the page read inside the preview's transaction out of it, so the transaction rolls back. */
class PreviewRead extends Error {
  constructor(readonly page: PreviewPage | null) {
    super("preview read; rolled back");
  }
}

/** The item's public page, read by the public page's own query through `client`, whether or not it is on the site. */
async function readPage(client: CatalogDatabase, kind: CatalogItemKind, itemId: string, locale: Locale): Promise<PreviewPage | null> {
  if (kind === "CLINIC") {
    const clinic = await readClinicPage(client, { id: itemId }, locale);
    return clinic && { kind, clinic };
  }
  const doctor = await readDoctorPage(client, { id: itemId }, locale);
  return doctor && { kind, doctor };
}

/**
 * A clinic's or doctor's public page as it will be once its draft is published: the draft is applied in a transaction
 * that is always rolled back, so visitors and other editors never see it. Without a draft, the published page (even
 * while the item is off the site).
 */
export async function previewItem(kind: CatalogItemKind, itemId: string, locale: Locale): Promise<ItemPreview> {
  const draft = await findDraft(kind, itemId);
  if (!draft) {
    const page = await readPage(db, kind, itemId, locale);
    return page ? { result: "page", page, fromDraft: false } : { result: "gone" };
  }
  const ids = await loadReferenceIds(db);
  const document = draft.document as DocumentValue;
  const checked = checkItemDocument(kind, document, { ids, slugOwner: await itemWithSlug(db, kind, document), itemId });
  if (!checked.ok) return { result: "invalid", errors: checked.errors };
  const { item } = checked;
  try {
    await db.$transaction(async (tx) => {
      const where = { where: { id: itemId }, select: { sortOrder: true } };
      const current = kind === "CLINIC" ? await tx.clinic.findUnique(where) : await tx.doctor.findUnique(where);
      if (!current) throw new PreviewRead(null);
      const placement = { id: itemId, sortOrder: current.sortOrder };
      await (item.kind === "CLINIC" ? applyClinic(tx, item.document, ids, placement) : applyDoctor(tx, item.document, ids, placement));
      throw new PreviewRead(await readPage(tx, kind, itemId, locale));
    });
  } catch (error) {
    if (!(error instanceof PreviewRead)) throw error;
    return error.page ? { result: "page", page: error.page, fromDraft: true } : { result: "gone" };
  }
  return { result: "gone" };
}
