import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/catalog/breadcrumbs";
import { ContentSection, TableOfContents } from "@/components/catalog/content-section";
import { CountryLabel } from "@/components/catalog/country-label";
import { FigureList } from "@/components/catalog/figure-list";
import { JsonLd } from "@/components/catalog/json-ld";
import { OfferTerms } from "@/components/catalog/offer-terms";
import { textLanguage } from "@/components/catalog/untranslated";
import { PageNotices } from "@/components/catalog/page-notices";
import { Price } from "@/components/catalog/price";
import { PriceSummary } from "@/components/catalog/price-summary";
import { RecordChecklist } from "@/components/catalog/record-checklist";
import { TreatmentIllustration } from "@/components/catalog/treatment-illustration";
import { ServiceFeeNote } from "@/components/catalog/service-fee-note";
import { ConsultationBar } from "@/components/consultation/consultation-bar";
import { ConsultationIsland } from "@/components/consultation/consultation-island";
import { ConsultationPanel } from "@/components/consultation/consultation-link";
import { listCatalogSlugs } from "@/lib/catalog/slugs";
import { getTreatment } from "@/lib/catalog/treatments";
import { Link } from "@/lib/i18n/link";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { medicalWebPage } from "@/lib/seo/medical-web-page";
import { localizedUrl, notFoundMetadata, pageMetadata } from "@/lib/seo/metadata";
import card from "@/components/ui/card.module.css";
import layout from "@/components/ui/layout.module.css";
import text from "@/components/ui/text.module.css";
import beside from "@/components/catalog/beside-heading.module.css";
import offerList from "@/components/catalog/offer-list.module.css";

type Props = PageProps<"/[locale]/treatments/[slug]">;

export const revalidate = 3600;

export async function generateStaticParams() {
  return (await listCatalogSlugs()).treatments.map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const treatment = await getTreatment((await params).slug, locale);
  if (!treatment) return notFoundMetadata(locale);
  return pageMetadata({
    locale,
    path: `/treatments/${treatment.slug}`,
    title: treatment.name,
    description: treatment.metaDescription,
  });
}

export default async function TreatmentPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const treatment = await getTreatment((await params).slug, locale);
  if (!treatment) notFound();
  const t = await getTranslations("Treatment");
  const tNav = await getTranslations("Navigation");
  const sections = [
    { id: "how-it-works", title: t("howItWorks"), text: treatment.howItWorks },
    { id: "who-it-is-for", title: t("whoItIsFor"), text: treatment.whoItIsFor },
    { id: "steps", title: t("steps"), text: treatment.steps },
    { id: "preparation", title: t("preparation"), text: treatment.preparation },
    { id: "recovery", title: t("recovery"), text: treatment.recovery },
    { id: "risks", title: t("risks"), text: treatment.risks },
  ];
  const contents = [
    ...sections,
    { id: "records", title: t("records") },
    ...(treatment.figureGroups.length ? [{ id: "figures", title: t("figures") }] : []),
    { id: "prices", title: t("prices") },
  ];
  const context = { treatment: treatment.slug };

  return (
    <article className={layout.page}>
      <JsonLd
        data={medicalWebPage({
          url: localizedUrl(locale, `/treatments/${treatment.slug}`),
          reviewedOn: treatment.reviewedOn,
          reviewer: treatment.reviewer,
          about: {
            "@type": "MedicalProcedure",
            name: treatment.name,
            description: treatment.summary,
            url: localizedUrl(locale, `/treatments/${treatment.slug}`),
            howPerformed: treatment.howItWorks,
            preparation: treatment.preparation,
            followup: treatment.recovery,
          },
        })}
      />
      <Breadcrumbs
        items={[
          { href: "/", label: tNav("homeBreadcrumb") },
          { href: "/treatments", label: tNav("treatments") },
          { label: treatment.name },
        ]}
      />
      <header className={layout.pageHeader} id="overview">
        <div className={beside.row}>
          <TreatmentIllustration slug={treatment.slug} size="header" />
          <h1>{treatment.name}</h1>
        </div>
        <p className={text.lead}>{treatment.summary}</p>
        {treatment.conditions.map((condition) => (
          <p key={condition.slug}>
            <Link href={`/conditions/${condition.slug}`} className={text.standaloneLink}>{t("forCondition", { condition: condition.name })}</Link>
          </p>
        ))}
      </header>
      <ConsultationPanel context={context} id="first-ask" />
      <TableOfContents title={t("contents")} items={contents} />
      {sections.map((section) => (
        <ContentSection key={section.id} {...section} />
      ))}
      <ContentSection id="records" title={t("records")}>
        <p>{t("recordsLead")}</p>
        <RecordChecklist records={treatment.records} />
      </ContentSection>
      {treatment.figureGroups.length > 0 && (
        <ContentSection id="figures" title={t("figures")}>
          <FigureList groups={treatment.figureGroups} />
        </ContentSection>
      )}
      <ContentSection id="prices" title={t("prices")}>
        <PriceSummary prices={treatment.prices} />
        <h3 id="clinics-offering">{t("clinicsOffering")}</h3>
        {treatment.offers.length === 0 ? (
          <p>{t("noClinics")}</p>
        ) : (
          <ul className={offerList.list} aria-labelledby="clinics-offering">
            {treatment.offers.map((offer) => (
              <li key={offer.clinic.slug} className={card.card}>
                <h4 {...textLanguage(offer.clinic.textLocale, locale)}>
                  <Link href={`/clinics/${offer.clinic.slug}`}>{offer.clinic.name}</Link>
                </h4>
                <p>
                  <CountryLabel city={offer.clinic.city} countryCode={offer.clinic.countryCode} /> ·{" "}
                  <Price priceFrom={offer.priceFrom} currency={offer.currency} unit={offer.priceUnit} />
                </p>
                <OfferTerms includes={offer.includes} excludes={offer.excludes} textLocale={offer.textLocale} priceConfirmed={offer.priceConfirmed} />
                <ServiceFeeNote fee={offer.clinic.serviceFee} />
              </li>
            ))}
          </ul>
        )}
      </ContentSection>
      <ConsultationIsland
        context={context}
        treatment={{ slug: treatment.slug, name: treatment.name, records: treatment.records }}
      />
      <PageNotices reviewedOn={treatment.reviewedOn} reviewer={treatment.reviewer} />
      <ConsultationBar context={context} revealAfter="first-ask" />
    </article>
  );
}
