import "server-only";
import { db } from "@/lib/db";
import { applyClinic } from "@/lib/catalog-content/apply-clinics";
import { loadReferenceIds } from "@/lib/catalog-content/ids";
import { readClinicPage, type ClinicPage } from "@/lib/catalog/clinics";
import type { Locale } from "@/lib/i18n/locales";
import type { DocumentValue } from "./document-diff";
import { findDraft } from "./drafts";
import { checkItemDocument } from "./item-document";

/** Carries the page read inside the preview's transaction out of it, so the transaction rolls back. */
class PreviewRead extends Error {
  constructor(readonly page: ClinicPage | null) {
    super("preview read; rolled back");
  }
}

export type ClinicPreview = { result: "page"; page: ClinicPage; fromDraft: boolean } | { result: "invalid"; errors: string[] } | { result: "gone" };

/**
 * The clinic's public page as it will be once its draft is published, read by the public page's own query: the draft is
 * applied in a transaction that is always rolled back, so visitors and other editors never see it. Without a draft, the
 * published page (even while the clinic is unpublished).
 */
export async function previewClinic(itemId: string, locale: Locale): Promise<ClinicPreview> {
  const draft = await findDraft("CLINIC", itemId);
  if (!draft) {
    const page = await readClinicPage(db, { id: itemId }, locale);
    return page ? { result: "page", page, fromDraft: false } : { result: "gone" };
  }
  const ids = await loadReferenceIds(db);
  const document = draft.document as DocumentValue;
  const slugOwner = ids.clinics.get(typeof document === "object" && document && "slug" in document ? String(document.slug) : "");
  const checked = checkItemDocument("CLINIC", document, { ids, slugOwner, itemId });
  if (!checked.ok) return { result: "invalid", errors: checked.errors };
  if (checked.item.kind !== "CLINIC") return { result: "gone" };
  const clinic = checked.item.document;
  try {
    await db.$transaction(async (tx) => {
      const current = await tx.clinic.findUnique({ where: { id: itemId }, select: { sortOrder: true } });
      if (!current) throw new PreviewRead(null);
      await applyClinic(tx, clinic, ids, { id: itemId, sortOrder: current.sortOrder });
      throw new PreviewRead(await readClinicPage(tx, { id: itemId }, locale));
    });
  } catch (error) {
    if (!(error instanceof PreviewRead)) throw error;
    return error.page ? { result: "page", page: error.page, fromDraft: true } : { result: "gone" };
  }
  return { result: "gone" };
}
