import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/catalog/breadcrumbs";
import { ContentSection, TableOfContents } from "@/components/catalog/content-section";
import { FigureList } from "@/components/catalog/figure-list";
import { JsonLd } from "@/components/catalog/json-ld";
import { PageNotices } from "@/components/catalog/page-notices";
import { ConsultationPanel } from "@/components/consultation/consultation-link";
import { getCondition } from "@/lib/catalog/conditions";
import { listCatalogSlugs } from "@/lib/catalog/slugs";
import { Link } from "@/lib/i18n/link";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { medicalWebPage } from "@/lib/seo/medical-web-page";
import { localizedUrl, notFoundMetadata, pageMetadata } from "@/lib/seo/metadata";
import layout from "@/components/ui/layout.module.css";
import text from "@/components/ui/text.module.css";
import linkList from "@/components/catalog/link-list.module.css";

type Props = PageProps<"/[locale]/conditions/[slug]">;

export const revalidate = 3600;

export async function generateStaticParams() {
  return (await listCatalogSlugs()).conditions.map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const condition = await getCondition((await params).slug, locale);
  if (!condition) return notFoundMetadata(locale);
  return pageMetadata({
    locale,
    path: `/conditions/${condition.slug}`,
    title: condition.name,
    description: condition.metaDescription,
  });
}

export default async function ConditionPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const condition = await getCondition((await params).slug, locale);
  if (!condition) notFound();
  const t = await getTranslations("Condition");
  const tNav = await getTranslations("Navigation");
  const sections = [
    { id: "overview", title: t("overview"), text: condition.overview },
    { id: "causes", title: t("causes"), text: condition.causes },
    { id: "symptoms", title: t("symptoms"), text: condition.symptoms },
    { id: "diagnosis", title: t("diagnosis"), text: condition.diagnosis },
  ];
  const contents = [
    ...sections,
    { id: "treatment-options", title: t("treatmentOptions") },
    { id: "prognosis", title: t("prognosis") },
    ...(condition.figureGroups.length ? [{ id: "figures", title: t("figures") }] : []),
  ];

  return (
    <article className={layout.page}>
      <JsonLd
        data={medicalWebPage({
          url: localizedUrl(locale, `/conditions/${condition.slug}`),
          reviewedOn: condition.reviewedOn,
          reviewer: condition.reviewer,
          about: {
            "@type": "MedicalCondition",
            name: condition.name,
            description: condition.summary,
            url: localizedUrl(locale, `/conditions/${condition.slug}`),
            possibleTreatment: condition.treatments.map((treatment) => ({
              "@type": "MedicalProcedure",
              name: treatment.name,
              url: localizedUrl(locale, `/treatments/${treatment.slug}`),
            })),
          },
        })}
      />
      <Breadcrumbs items={[{ href: "/", label: tNav("homeBreadcrumb") }, { label: condition.name }]} />
      <header className={layout.pageHeader}>
        <h1>{condition.name}</h1>
        <p className={text.lead}>{condition.summary}</p>
      </header>
      <ConsultationPanel />
      <TableOfContents title={t("contents")} items={contents} />
      {sections.map((section) => (
        <ContentSection key={section.id} {...section} />
      ))}
      <ContentSection id="treatment-options" title={t("treatmentOptions")}>
        <ul className={linkList.list}>
          {condition.treatments.map((treatment) => (
            <li key={treatment.slug}>
              <Link href={`/treatments/${treatment.slug}`}>{treatment.name}</Link>
              <p>{treatment.summary}</p>
            </li>
          ))}
        </ul>
      </ContentSection>
      <ContentSection id="prognosis" title={t("prognosis")} text={condition.prognosis} />
      {condition.figureGroups.length > 0 && (
        <ContentSection id="figures" title={t("figures")}>
          <FigureList groups={condition.figureGroups} />
        </ContentSection>
      )}
      <ConsultationPanel />
      <PageNotices reviewedOn={condition.reviewedOn} reviewer={condition.reviewer} />
    </article>
  );
}
