import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/catalog/breadcrumbs";
import { PageNotices } from "@/components/catalog/page-notices";
import { TreatmentCard } from "@/components/catalog/treatment-card";
import { ConsultationPanel } from "@/components/consultation/consultation-link";
import { latestReview } from "@/lib/catalog/latest-review";
import { listTreatments } from "@/lib/catalog/treatments";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { pageMetadata } from "@/lib/seo/metadata";
import layout from "@/components/ui/layout.module.css";
import text from "@/components/ui/text.module.css";

export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/[locale]/treatments">): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return pageMetadata({ locale, path: "/treatments", title: t("treatmentsTitle"), description: t("treatmentsDescription") });
}

export default async function TreatmentsPage({ params }: PageProps<"/[locale]/treatments">) {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations("Treatment");
  const tNav = await getTranslations("Navigation");
  const treatments = await listTreatments(locale);
  return (
    <div className={layout.page}>
      <Breadcrumbs items={[{ href: "/", label: tNav("homeBreadcrumb") }, { label: tNav("treatments") }]} />
      <header className={layout.pageHeader}>
        <h1>{t("listTitle")}</h1>
        <p className={text.lead}>{t("listLead")}</p>
      </header>
      <div className={layout.grid}>
        {treatments.map((treatment) => (
          <TreatmentCard key={treatment.slug} treatment={treatment} headingLevel={2} />
        ))}
      </div>
      <ConsultationPanel />
      <PageNotices {...latestReview(treatments)} />
    </div>
  );
}
