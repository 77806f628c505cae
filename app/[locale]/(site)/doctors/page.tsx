import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/catalog/breadcrumbs";
import { DoctorCard } from "@/components/catalog/doctor-card";
import { PageNotices } from "@/components/catalog/page-notices";
import { ConsultationPanel } from "@/components/consultation/consultation-link";
import { listDoctors } from "@/lib/catalog/doctors";
import { latestReview } from "@/lib/catalog/latest-review";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { pageMetadata } from "@/lib/seo/metadata";
import layout from "@/components/ui/layout.module.css";
import text from "@/components/ui/text.module.css";
import empty from "@/components/ui/empty-state.module.css";

export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/[locale]/doctors">): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return pageMetadata({ locale, path: "/doctors", title: t("doctorsTitle"), description: t("doctorsDescription") });
}

export default async function DoctorsPage({ params }: PageProps<"/[locale]/doctors">) {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations("Doctors");
  const tNav = await getTranslations("Navigation");
  const doctors = await listDoctors(locale);
  return (
    <div className={layout.page}>
      <Breadcrumbs items={[{ href: "/", label: tNav("homeBreadcrumb") }, { label: tNav("doctors") }]} />
      <header className={layout.pageHeader}>
        <h1>{t("listTitle")}</h1>
        <p className={text.lead}>{t("listLead")}</p>
      </header>
      {doctors.length === 0 ? (
        <p className={empty.empty}>{t("empty")}</p>
      ) : (
        <div className={layout.grid}>
          {doctors.map((doctor) => (
            <DoctorCard key={doctor.slug} doctor={doctor} />
          ))}
        </div>
      )}
      <ConsultationPanel />
      <PageNotices {...latestReview(doctors)} />
    </div>
  );
}
