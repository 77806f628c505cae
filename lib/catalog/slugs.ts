import "server-only";
import { db } from "@/lib/db";
import { publishedOnly } from "./published";

/** Every published catalog slug, for generateStaticParams and the sitemap. */
export async function listCatalogSlugs() {
  const [conditions, treatments, clinics, doctors] = await Promise.all([
    db.condition.findMany({ select: { slug: true } }),
    db.treatment.findMany({ select: { slug: true } }),
    db.clinic.findMany({ where: publishedOnly, select: { slug: true } }),
    db.doctor.findMany({ where: publishedOnly, select: { slug: true } }),
  ]);
  const slugs = (rows: { slug: string }[]) => rows.map((row) => row.slug);
  return { conditions: slugs(conditions), treatments: slugs(treatments), clinics: slugs(clinics), doctors: slugs(doctors) };
}
