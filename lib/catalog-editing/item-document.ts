import "server-only";
import type { CatalogItemKind } from "@/lib/generated/prisma/client";
import type { Ids } from "@/lib/catalog-content/apply-clinics";
import type { IdsByName } from "@/lib/catalog-content/apply-medical";
import type { CatalogDatabase } from "@/lib/catalog-content/database";
import { readClinics, readDoctors } from "@/lib/catalog-content/read-clinics";
import { describeContentIssues } from "@/lib/validation/catalog-content/catalog";
import { clinicContentSchema, type ClinicContent } from "@/lib/validation/catalog-content/clinics";
import { doctorContentSchema, type DoctorContent } from "@/lib/validation/catalog-content/doctors";
import type { DocumentValue } from "./document-diff";

export type ItemDocument = { kind: "CLINIC"; document: ClinicContent } | { kind: "DOCTOR"; document: DoctorContent };

/** A published item as the content file writes it, or null when there is no such item. */
export async function readItemDocument(db: CatalogDatabase, kind: CatalogItemKind, itemId: string): Promise<DocumentValue | null> {
  const [item] = kind === "CLINIC" ? await readClinics(db, { id: itemId }) : await readDoctors(db, { id: itemId });
  return item ? (JSON.parse(JSON.stringify(item.document)) as DocumentValue) : null;
}

/** The id of the item of this kind that has the document's slug now, if any. */
export async function itemWithSlug(db: CatalogDatabase, kind: CatalogItemKind, document: DocumentValue) {
  const slug = typeof document === "object" && document !== null && "slug" in document ? String(document.slug) : "";
  const where = { where: { slug }, select: { id: true } };
  return (kind === "CLINIC" ? await db.clinic.findUnique(where) : await db.doctor.findUnique(where))?.id;
}

/**
 * Checks a draft as the content file's import would, against the catalog as it is now: the item's schema, the names it
 * refers to, and a slug no other item has. Each problem as `path: message`.
 */
export function checkItemDocument(
  kind: CatalogItemKind,
  document: DocumentValue,
  context: { ids: Ids & { clinics: IdsByName }; slugOwner: string | undefined; itemId: string | undefined },
): { ok: true; item: ItemDocument } | { ok: false; errors: string[] } {
  const parsed = kind === "CLINIC" ? clinicContentSchema.safeParse(document) : doctorContentSchema.safeParse(document);
  if (!parsed.success) return { ok: false, errors: describeContentIssues(parsed.error) };
  const item = { kind, document: parsed.data } as ItemDocument;
  const { ids } = context;
  const unknown = (path: string, name: string | undefined, known: IdsByName) => (name === undefined || known.has(name) ? [] : [`${path}: unknown "${name}"`]);
  const errors = [
    ...unknown("reviewedBy", item.document.reviewedBy, ids.reviewers),
    ...(context.slugOwner && context.slugOwner !== context.itemId ? [`slug: "${item.document.slug}" is another item's`] : []),
    ...(item.kind === "CLINIC"
      ? item.document.offers.flatMap((offer, index) => [
          ...unknown(`offers[${index}].treatment`, offer.treatment, ids.treatments),
          ...unknown(`offers[${index}].priceSource`, offer.priceSource, ids.sources),
        ])
      : [
          ...item.document.clinics.flatMap((clinic, index) => unknown(`clinics[${index}]`, clinic, ids.clinics)),
          ...item.document.treatments.flatMap((treatment, index) => unknown(`treatments[${index}]`, treatment, ids.treatments)),
        ]),
  ];
  return errors.length ? { ok: false, errors } : { ok: true, item };
}
