import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DoctorArticle } from "@/components/catalog/doctor-article";
import { JsonLd } from "@/components/catalog/json-ld";
import { getDoctor } from "@/lib/catalog/doctors";
import { redirectIfRenamed } from "@/lib/catalog/slug-redirects";
import { listCatalogSlugs } from "@/lib/catalog/slugs";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { localizedUrl, notFoundMetadata, pageMetadata } from "@/lib/seo/metadata";
import layout from "@/components/ui/layout.module.css";

type Props = PageProps<"/[locale]/doctors/[slug]">;

export const revalidate = 3600;

export async function generateStaticParams() {
  return (await listCatalogSlugs()).doctors.map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const doctor = await getDoctor((await params).slug, locale);
  if (!doctor) return notFoundMetadata(locale);
  return pageMetadata({ locale, path: `/doctors/${doctor.slug}`, title: doctor.name, description: doctor.metaDescription });
}

export default async function DoctorPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const { slug } = await params;
  const doctor = await getDoctor(slug, locale);
  if (!doctor) {
    await redirectIfRenamed("DOCTOR", slug, locale);
    notFound();
  }
  return (
    <article className={layout.page}>
      <JsonLd
        data={{
          "@type": "Physician",
          name: doctor.name,
          description: doctor.title,
          url: localizedUrl(locale, `/doctors/${doctor.slug}`),
          hospitalAffiliation: doctor.clinics.map((clinic) => ({
            "@type": "MedicalClinic",
            name: clinic.name,
            url: localizedUrl(locale, `/clinics/${clinic.slug}`),
          })),
        }}
      />
      <DoctorArticle doctor={doctor} locale={locale} />
    </article>
  );
}
