import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/catalog/breadcrumbs";
import { ContentSection } from "@/components/catalog/content-section";
import { ClinicFacts } from "@/components/catalog/clinic-facts";
import { CountryLabel } from "@/components/catalog/country-label";
import { JsonLd } from "@/components/catalog/json-ld";
import { OfferTerms } from "@/components/catalog/offer-terms";
import { PageNotices } from "@/components/catalog/page-notices";
import { PhotoOrInitials } from "@/components/catalog/photo-or-initials";
import { Price } from "@/components/catalog/price";
import { RichText } from "@/components/catalog/rich-text";
import { ServiceFeeNote } from "@/components/catalog/service-fee-note";
import { SpecialtyLabel } from "@/components/catalog/specialty-label";
import { textLanguage, UntranslatedNote } from "@/components/catalog/untranslated";
import { ConsultationIsland } from "@/components/consultation/consultation-island";
import { ConsultationPanel } from "@/components/consultation/consultation-link";
import { getClinic } from "@/lib/catalog/clinics";
import { redirectIfRenamed } from "@/lib/catalog/slug-redirects";
import { listCatalogSlugs } from "@/lib/catalog/slugs";
import { Link } from "@/lib/i18n/link";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { localizedUrl, notFoundMetadata, pageMetadata } from "@/lib/seo/metadata";
import card from "@/components/ui/card.module.css";
import layout from "@/components/ui/layout.module.css";
import tag from "@/components/ui/tag.module.css";
import text from "@/components/ui/text.module.css";
import beside from "@/components/catalog/beside-heading.module.css";
import linkList from "@/components/catalog/link-list.module.css";
import offerList from "@/components/catalog/offer-list.module.css";
import empty from "@/components/ui/empty-state.module.css";

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
  const t = await getTranslations("Clinics");
  const tNav = await getTranslations("Navigation");
  const tDemo = await getTranslations("Demo");
  const format = await getFormatter();
  const context = { clinic: clinic.slug };
  const inClinicLanguage = textLanguage(clinic.textLocale, locale);
  const untranslated = [clinic, ...clinic.offers].some((part) => part.textLocale !== locale);

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
      <Breadcrumbs
        items={[
          { href: "/", label: tNav("homeBreadcrumb") },
          { href: "/clinics", label: tNav("clinics") },
          { label: clinic.name },
        ]}
      />
      <header className={layout.pageHeader}>
        <div className={beside.row}>
          <PhotoOrInitials photo={clinic.photo} name={clinic.name} shape="square" size="header" />
          <h1 {...inClinicLanguage}>{clinic.name}</h1>
        </div>
        {clinic.isDemo && <span className={tag.tag}>{tDemo("badge")}</span>}
        <p>
          <CountryLabel city={clinic.city} countryCode={clinic.countryCode} />
        </p>
        <p className={text.lead} {...inClinicLanguage}>
          {clinic.summary}
        </p>
        {untranslated && <UntranslatedNote />}
      </header>
      <ClinicFacts accreditations={clinic.accreditations} languages={clinic.languages}>
        {clinic.foundedYear && (
          <div>
            <dt>{t("founded")}</dt>
            <dd>{format.number(clinic.foundedYear, { useGrouping: false })}</dd>
          </div>
        )}
      </ClinicFacts>
      <ServiceFeeNote fee={clinic.serviceFee} />
      <ConsultationPanel context={context} />
      <ContentSection id="about" title={t("about")}>
        <div {...inClinicLanguage}>
          <RichText text={clinic.description} />
        </div>
      </ContentSection>
      <ContentSection id="treatments" title={t("treatments")}>
        <ul className={offerList.list}>
          {clinic.offers.map((offer) => (
            <li key={offer.treatment.slug} className={card.card}>
              <h3>
                <Link href={`/treatments/${offer.treatment.slug}`}>{offer.treatment.name}</Link>
              </h3>
              <p>
                <Price priceFrom={offer.priceFrom} currency={offer.currency} unit={offer.priceUnit} />
              </p>
              <OfferTerms
                includes={offer.includes}
                excludes={offer.excludes}
                textLocale={offer.textLocale}
                priceConfirmed={offer.priceConfirmed}
                priceSource={offer.priceSource}
              />
            </li>
          ))}
        </ul>
      </ContentSection>
      <ContentSection id="doctors" title={t("doctors")}>
        {clinic.doctors.length === 0 ? (
          <p className={empty.empty}>{t("noDoctors")}</p>
        ) : (
          <ul className={linkList.list}>
            {clinic.doctors.map((doctor) => (
              <li key={doctor.slug}>
                <span {...textLanguage(doctor.textLocale, locale)}>
                  <Link href={`/doctors/${doctor.slug}`}>{doctor.name}</Link> — {doctor.title}
                </span>{" "}
                (
                <SpecialtyLabel specialty={doctor.specialty} />)
              </li>
            ))}
          </ul>
        )}
      </ContentSection>
      <ConsultationIsland context={context} />
      <PageNotices reviewedOn={clinic.reviewedOn} reviewer={clinic.reviewer} />
    </article>
  );
}
