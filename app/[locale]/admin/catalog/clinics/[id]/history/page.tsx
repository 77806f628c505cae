import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AdminBar } from "@/components/admin/admin-bar";
import { DocumentChanges } from "@/components/admin/catalog/document-changes";
import { RestoreVersionForm } from "@/components/admin/catalog/restore-version-form";
import { loadClinicHistory } from "@/lib/catalog-editing/clinic-history";
import { adminPageMetadata } from "@/lib/seo/workspace-page-metadata";
import { requireStaffPage } from "@/lib/auth/require-staff";
import { Link } from "@/lib/i18n/link";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { noticeClassName } from "@/components/ui/notice";
import card from "@/components/ui/card.module.css";
import layout from "@/components/ui/layout.module.css";
import text from "@/components/ui/text.module.css";
import styles from "./page.module.css";

export const generateMetadata = adminPageMetadata("catalog.historyTitle");

export default async function ClinicHistoryPage({ params }: PageProps<"/[locale]/admin/catalog/clinics/[id]/history">) {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  const staff = await requireStaffPage({ locale, path: `/${locale}/admin/catalog/clinics/${id}/history`, role: "editor" });
  const [history, t, format, messages] = await Promise.all([loadClinicHistory(id), getTranslations("Admin.catalog"), getFormatter(), getMessages()]);
  if (!history) notFound();
  const [latest] = history.versions;
  return (
    <div className={layout.page}>
      <AdminBar staff={staff} locale={locale} />
      <p>
        <Link href={`/admin/catalog/clinics/${id}`}>{t("editorTitle")}</Link> · <Link href="/admin/catalog">{t("backToCatalog")}</Link>
      </p>
      <h1>{t("historyHeading", { name: history.name })}</h1>
      <p className={text.lead}>{t("historyIntro")}</p>
      {!latest && <p className={noticeClassName()}>{t("noVersions")}</p>}
      <NextIntlClientProvider messages={{ Admin: messages.Admin }}>
        <ol className={styles.versions} reversed>
          {history.versions.map((version) => {
            const values = { action: t(`versionActions.${version.action}`), date: format.dateTime(version.publishedAt, { dateStyle: "medium", timeStyle: "short" }) };
            return (
              <li key={version.number} className={card.card}>
                <h2>{t("version", { number: version.number })}</h2>
                <p>{version.publishedBy ? t("publishedBy", { ...values, name: version.publishedBy.name }) : t("publishedByNobody", values)}</p>
                <DocumentChanges changes={version.changes} treatmentNames={history.treatmentNames} labels={{ before: t("before"), after: t("after") }} />
                {version === latest || !latest ? <p>{t("currentVersion")}</p> : <RestoreVersionForm itemId={id} number={version.number} latest={latest.number} />}
              </li>
            );
          })}
        </ol>
      </NextIntlClientProvider>
    </div>
  );
}
