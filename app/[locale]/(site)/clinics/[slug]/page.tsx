import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/catalog/json-ld";
import { ClinicArticle } from "@/components/catalog/clinic-article";
import { getClinic } from "@/lib/catalog/clinics";
import { redirectIfRenamed } from "@/lib/catalog/slug-redirects";
import { listCatalogSlugs } from "@/lib/catalog/slugs";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { localizedUrl, notFoundMetadata, pageMetadata } from "@/lib/seo/metadata";
import layout from "@/components/ui/layout.module.css";

type Props = PageProps<"/[locale]/clinics/[slug]">;

export const revalidate = 3600;

export async function generateStaticParams() {
  return (await listCatalogSlugs()).clinics.map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const clinic = await getClinic((await params).slug, locale);
  if (!clinic) return notFoundMetadata(locale);
  return pageMetadata({ locale, path: `/clinics/${clinic.slug}`, title: clinic.name, description: clinic.metaDescription });
}

export default async function ClinicPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const { slug } = await params;
  const clinic = await getClinic(slug, locale);
  if (!clinic) {
    await redirectIfRenamed("CLINIC", slug, locale);
    notFound();
  }
  return (
    <article className={layout.page}>
      <JsonLd
        data={{
          "@type": "MedicalClinic",
          name: clinic.name,
          description: clinic.summary,
          url: localizedUrl(locale, `/clinics/${clinic.slug}`),
          address: { "@type": "PostalAddress", addressLocality: clinic.city, addressCountry: clinic.countryCode },
          availableService: clinic.offers.map((offer) => ({
            "@type": "MedicalProcedure",
            name: offer.treatment.name,
            url: localizedUrl(locale, `/treatments/${offer.treatment.slug}`),
          })),
        }}
      />
      <ClinicArticle clinic={clinic} locale={locale} />
    </article>
  );
}
