import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { AdminBar } from "@/components/admin/admin-bar";
import { ClinicTable, DoctorTable } from "@/components/admin/catalog/catalog-tables";
import { listCatalogItems } from "@/lib/catalog-editing/catalog-overview";
import { listNewItemDrafts } from "@/lib/catalog-editing/drafts";
import { NewDraftsTable } from "@/components/admin/catalog/new-drafts-table";
import { buttonClassName } from "@/components/ui/button";
import styles from "@/components/admin/catalog/catalog-page.module.css";
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
  const [{ clinics, doctors }, newDrafts, t, messages] = await Promise.all([listCatalogItems(), listNewItemDrafts(), getTranslations("Admin.catalog"), getMessages()]);
  // The tables' move buttons are the page's only client text.
  const clientMessages = { Admin: { action: messages.Admin.action, catalog: { order: messages.Admin.catalog.order } } };
  return (
    <div className={layout.page}>
      <AdminBar staff={staff} locale={locale} />
      <h1>{t("title")}</h1>
      <p className={text.lead}>{t("intro")}</p>
      <p className={styles.actions}>
        <Link href="/admin/catalog/clinics/new" className={buttonClassName("primary")}>
          {t("newClinic")}
        </Link>
        <Link href="/admin/catalog/doctors/new" className={buttonClassName()}>
          {t("newDoctor")}
        </Link>
        <Link href="/admin/catalog/translations">{t("translationsLink")}</Link>
      </p>
      {newDrafts.length > 0 && <NewDraftsTable drafts={newDrafts} />}
      <NextIntlClientProvider messages={clientMessages}>
        <h2>{t("clinics")}</h2>
        <ClinicTable clinics={clinics} locale={locale} />
        <h2>{t("doctors")}</h2>
        <DoctorTable doctors={doctors} />
      </NextIntlClientProvider>
    </div>
  );
}
