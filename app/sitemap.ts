import type { MetadataRoute } from "next";
import { listCatalogSlugs } from "@/lib/catalog/slugs";
import { locales } from "@/lib/i18n/locales";
import { localizedUrl } from "@/lib/seo/metadata";

export const revalidate = 3600;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const slugs = await listCatalogSlugs();
  const paths = [
    "",
    "/treatments",
    "/clinics",
    "/doctors",
    "/consultation",
    ...slugs.conditions.map((slug) => `/conditions/${slug}`),
    ...slugs.treatments.map((slug) => `/treatments/${slug}`),
    ...slugs.clinics.map((slug) => `/clinics/${slug}`),
    ...slugs.doctors.map((slug) => `/doctors/${slug}`),
  ];
  return paths.flatMap((path) =>
    locales.map((locale) => ({
      url: localizedUrl(locale, path),
      alternates: { languages: Object.fromEntries(locales.map((each) => [each, localizedUrl(each, path)])) },
    })),
  );
}
