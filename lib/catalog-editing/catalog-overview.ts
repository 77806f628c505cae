import "server-only";
import { db } from "@/lib/db";
import type { CatalogItemKind } from "@/lib/generated/prisma/client";
import { listStaleOffers } from "@/lib/catalog/stale-offers";
import { inLocale, translated } from "@/lib/catalog/translation";

const byItem = <Row extends { kind: CatalogItemKind; itemId: string | null }>(rows: Row[]) => new Map(rows.map((row) => [`${row.kind}:${row.itemId}`, row]));

/** What the editor's catalog page lists for each clinic and doctor: its pending draft, latest version and stale prices. */
export async function listCatalogItems() {
  const select = { id: true, slug: true, unpublishedAt: true, translations: { ...inLocale("en" as const), select: { name: true } } };
  const [clinics, doctors, drafts, versions, staleOffers] = await Promise.all([
    db.clinic.findMany({ orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { ...select, countryCode: true } }),
    db.doctor.findMany({ orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select }),
    db.catalogDraft.findMany({ where: { itemId: { not: null } }, select: { kind: true, itemId: true, updatedAt: true, updatedBy: { select: { name: true } } } }),
    db.catalogVersion.findMany({
      distinct: ["kind", "itemId"],
      orderBy: [{ kind: "asc" }, { itemId: "asc" }, { number: "desc" }],
      select: { kind: true, itemId: true, number: true, action: true, publishedAt: true, publishedBy: { select: { name: true } } },
    }),
    listStaleOffers(),
  ]);
  const [draftOf, versionOf] = [byItem(drafts), byItem(versions)];
  const describe = (kind: CatalogItemKind, item: { id: string; slug: string; unpublishedAt: Date | null; translations: { name: string }[] }) => {
    const draft = draftOf.get(`${kind}:${item.id}`);
    const version = versionOf.get(`${kind}:${item.id}`);
    return {
      id: item.id,
      slug: item.slug,
      name: translated(item.translations, item.slug).name,
      offSite: item.unpublishedAt !== null,
      draft: draft && { by: draft.updatedBy?.name ?? null, at: draft.updatedAt },
      latest: version && { number: version.number, action: version.action, by: version.publishedBy?.name ?? null, at: version.publishedAt },
    };
  };
  return {
    clinics: clinics.map((clinic) => ({
      ...describe("CLINIC", clinic),
      countryCode: clinic.countryCode,
      staleOffers: staleOffers.filter((offer) => offer.clinic.slug === clinic.slug).length,
    })),
    doctors: doctors.map((doctor) => describe("DOCTOR", doctor)),
  };
}
export type CatalogItems = Awaited<ReturnType<typeof listCatalogItems>>;
