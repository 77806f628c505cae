import { getTranslations } from "next-intl/server";
import { AdminBar } from "@/components/admin/admin-bar";
import { ClinicTable, DoctorTable } from "@/components/admin/catalog/catalog-tables";
import { listCatalogItems } from "@/lib/catalog-editing/catalog-overview";
import { adminPageMetadata } from "@/lib/seo/workspace-page-metadata";
import { requireStaffPage } from "@/lib/auth/require-staff";
import { Link } from "@/lib/i18n/link";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import layout from "@/components/ui/layout.module.css";
import text from "@/components/ui/text.module.css";

export const generateMetadata = adminPageMetadata("catalog.title");

export default async function CatalogPage({ params }: PageProps<"/[locale]/admin/catalog">) {
  const locale = await resolvePageLocale(params);
  const staff = await requireStaffPage({ locale, path: `/${locale}/admin/catalog`, role: "editor" });
  const [{ clinics, doctors }, t] = await Promise.all([listCatalogItems(), getTranslations("Admin.catalog")]);
  return (
    <div className={layout.page}>
      <AdminBar staff={staff} locale={locale} />
      <h1>{t("title")}</h1>
      <p className={text.lead}>{t("intro")}</p>
      <p>
        <Link href="/admin/catalog/translations">{t("translationsLink")}</Link>
      </p>
      <h2>{t("clinics")}</h2>
      <ClinicTable clinics={clinics} locale={locale} />
      <h2>{t("doctors")}</h2>
      <p className={text.hint}>{t("doctorsLater")}</p>
      <DoctorTable doctors={doctors} />
    </div>
  );
}
