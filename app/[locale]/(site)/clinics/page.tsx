import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/catalog/breadcrumbs";
import { ClinicCard } from "@/components/catalog/clinic-card";
import { ClinicFilterForm } from "@/components/catalog/clinic-filter-form";
import { PageNotices } from "@/components/catalog/page-notices";
import { ConsultationPanel } from "@/components/consultation/consultation-link";
import { listClinicFilterOptions, listClinics } from "@/lib/catalog/clinics";
import { latestReview } from "@/lib/catalog/latest-review";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { pageMetadata } from "@/lib/seo/metadata";
import { clinicFiltersSchema } from "@/lib/validation/clinic-filters";
import layout from "@/components/ui/layout.module.css";
import text from "@/components/ui/text.module.css";
import empty from "@/components/ui/empty-state.module.css";
import styles from "./clinics.module.css";

export async function generateMetadata({ params }: PageProps<"/[locale]/clinics">): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return pageMetadata({ locale, path: "/clinics", title: t("clinicsTitle"), description: t("clinicsDescription") });
}

// Filtering reads the query string, so this one list renders per request; every clinic page stays static.
export default async function ClinicsPage({ params, searchParams }: PageProps<"/[locale]/clinics">) {
  const locale = await resolvePageLocale(params);
  const filters = clinicFiltersSchema.parse(await searchParams);
  const t = await getTranslations("Clinics");
  const tNav = await getTranslations("Navigation");
  const [clinics, options] = await Promise.all([listClinics(locale, filters), listClinicFilterOptions(locale)]);

  return (
    <div className={layout.page}>
      <Breadcrumbs items={[{ href: "/", label: tNav("homeBreadcrumb") }, { label: tNav("clinics") }]} />
      <header className={layout.pageHeader}>
        <h1>{t("listTitle")}</h1>
        <p className={text.lead}>{t("listLead")}</p>
      </header>
      <ClinicFilterForm options={options} filters={filters} />
      <p role="status" className={styles.count}>
        {t("results", { count: clinics.length })}
      </p>
      {clinics.length === 0 ? (
        <p className={empty.empty}>{t("empty")}</p>
      ) : (
        <div className={layout.grid}>
          {clinics.map((clinic) => (
            <ClinicCard key={clinic.slug} clinic={clinic} />
          ))}
        </div>
      )}
      <ConsultationPanel context={{ treatment: filters.treatment }} />
      <PageNotices {...latestReview(clinics)} />
    </div>
  );
}
