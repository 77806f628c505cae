import "server-only";
import { db } from "@/lib/db";
import { getSettings } from "@/lib/settings/settings";
import { isPriceStale } from "@/lib/catalog/price-freshness";
import { clinicContentSchema, type ClinicContent } from "@/lib/validation/catalog-content/clinics";
import { findDraft } from "./drafts";
import { readItemDocument } from "./item-document";

/**
 * What the clinic editor opens with: the pending draft if there is one (with its revision, so a save beside another
 * editor's is told), else the published clinic and the version it is; and which offers' prices are stale.
 */
export async function loadClinicForEditing(itemId: string, now = new Date()) {
  const [draft, published, latest, { priceStaleAfterDays }] = await Promise.all([
    findDraft("CLINIC", itemId),
    readItemDocument(db, "CLINIC", itemId),
    db.catalogVersion.findFirst({ where: { kind: "CLINIC", itemId }, orderBy: { number: "desc" }, select: { number: true } }),
    getSettings(),
  ]);
  if (!published) return null;
  // A draft saved before a schema change may no longer parse: the editor then starts from the published clinic.
  const fromDraft = draft && clinicContentSchema.safeParse(draft.document);
  const document: ClinicContent = fromDraft?.success ? fromDraft.data : clinicContentSchema.parse(published);
  return {
    itemId,
    document,
    publishedSlug: (published as { slug: string }).slug,
    draft: draft && fromDraft?.success ? { id: draft.id, revision: draft.revision, baseVersion: draft.baseVersion ?? undefined, savedAt: draft.updatedAt } : undefined,
    baseVersion: latest?.number,
    staleOffers: document.offers.filter((offer) => isPriceStale(new Date(offer.checkedOn), now, priceStaleAfterDays)).map((offer) => offer.treatment),
  };
}
export type ClinicEditorState = NonNullable<Awaited<ReturnType<typeof loadClinicForEditing>>>;
