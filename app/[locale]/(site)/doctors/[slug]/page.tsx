import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/catalog/breadcrumbs";
import { ContentSection } from "@/components/catalog/content-section";
import { CountryLabel } from "@/components/catalog/country-label";
import { DoctorFacts } from "@/components/catalog/doctor-facts";
import { JsonLd } from "@/components/catalog/json-ld";
import { PageNotices } from "@/components/catalog/page-notices";
import { PhotoOrInitials } from "@/components/catalog/photo-or-initials";
import { RichText } from "@/components/catalog/rich-text";
import { textLanguage, UntranslatedNote } from "@/components/catalog/untranslated";
import { ConsultationIsland } from "@/components/consultation/consultation-island";
import { ConsultationPanel } from "@/components/consultation/consultation-link";
import { getDoctor } from "@/lib/catalog/doctors";
import { redirectIfRenamed } from "@/lib/catalog/slug-redirects";
import { listCatalogSlugs } from "@/lib/catalog/slugs";
import { Link } from "@/lib/i18n/link";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { localizedUrl, notFoundMetadata, pageMetadata } from "@/lib/seo/metadata";
import layout from "@/components/ui/layout.module.css";
import tag from "@/components/ui/tag.module.css";
import text from "@/components/ui/text.module.css";
import beside from "@/components/catalog/beside-heading.module.css";
import linkList from "@/components/catalog/link-list.module.css";

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
  const t = await getTranslations("Doctors");
  const tNav = await getTranslations("Navigation");
  const tDemo = await getTranslations("Demo");
  const context = { doctor: doctor.slug, clinic: doctor.clinics.length === 1 ? doctor.clinics[0]?.slug : undefined };
  const inDoctorLanguage = textLanguage(doctor.textLocale, locale);

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
      <Breadcrumbs
        items={[
          { href: "/", label: tNav("homeBreadcrumb") },
          { href: "/doctors", label: tNav("doctors") },
          { label: doctor.name },
        ]}
      />
      <header className={layout.pageHeader}>
        <div className={beside.row}>
          <PhotoOrInitials photo={doctor.photo} name={doctor.name} shape="round" size="header" />
          <h1 {...inDoctorLanguage}>{doctor.name}</h1>
        </div>
        {doctor.isDemo && <span className={tag.tag}>{tDemo("doctorBadge")}</span>}
        <p className={text.lead} {...inDoctorLanguage}>
          {doctor.title}
        </p>
        {doctor.textLocale !== locale && <UntranslatedNote />}
      </header>
      <DoctorFacts specialty={doctor.specialty} languages={doctor.languages} />
      <p>{t("experience", { years: doctor.yearsOfExperience })}</p>
      <ConsultationPanel context={context} />
      <ContentSection id="about" title={t("about")}>
        <div {...inDoctorLanguage}>
          <RichText text={doctor.bio} />
        </div>
      </ContentSection>
      {/* Empty while every clinic of the doctor is unpublished. */}
      {doctor.clinics.length > 0 && (
        <ContentSection id="clinics" title={t("clinics")}>
          <ul className={linkList.list}>
            {doctor.clinics.map((clinic) => (
              <li key={clinic.slug}>
                <Link href={`/clinics/${clinic.slug}`} {...textLanguage(clinic.textLocale, locale)}>
                  {clinic.name}
                </Link>{" "}
                —{" "}
                <CountryLabel city={clinic.city} countryCode={clinic.countryCode} />
              </li>
            ))}
          </ul>
        </ContentSection>
      )}
      <ContentSection id="treatments" title={t("treatments")}>
        <ul className={linkList.list}>
          {doctor.treatments.map((treatment) => (
            <li key={treatment.slug}>
              <Link href={`/treatments/${treatment.slug}`}>{treatment.name}</Link>
            </li>
          ))}
        </ul>
      </ContentSection>
      <ConsultationIsland context={context} />
      <PageNotices reviewedOn={doctor.reviewedOn} reviewer={doctor.reviewer} />
    </article>
  );
}
