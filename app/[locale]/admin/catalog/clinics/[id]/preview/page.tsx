import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AdminBar } from "@/components/admin/admin-bar";
import { ClinicArticle } from "@/components/catalog/clinic-article";
import { noticeClassName } from "@/components/ui/notice";
import { previewClinic } from "@/lib/catalog-editing/draft-preview";
import { adminPageMetadata } from "@/lib/seo/workspace-page-metadata";
import { requireStaffPage } from "@/lib/auth/require-staff";
import { languageName } from "@/lib/i18n/display-names";
import { locales } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/link";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import layout from "@/components/ui/layout.module.css";

export const generateMetadata = adminPageMetadata("catalog.draftPreview.title");

export default async function ClinicPreviewPage({ params }: PageProps<"/[locale]/admin/catalog/clinics/[id]/preview">) {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  const staff = await requireStaffPage({ locale, path: `/${locale}/admin/catalog/clinics/${id}/preview`, role: "editor" });
  const [preview, t] = await Promise.all([previewClinic(id, locale), getTranslations("Admin.catalog.draftPreview")]);
  if (preview.result === "gone") notFound();
  return (
    <div className={layout.page}>
      <AdminBar staff={staff} locale={locale} />
      <p>
        <Link href={`/admin/catalog/clinics/${id}`}>{t("back")}</Link>
      </p>
      <nav aria-label={t("languages")}>
        <p>
          {t("languages")}:{" "}
          {locales.map((code, index) => (
            <span key={code}>
              {index > 0 && " · "}
              <a href={`/${code}/admin/catalog/clinics/${id}/preview`} hrefLang={code} lang={code} aria-current={code === locale ? "page" : undefined}>
                {languageName(code, code)}
              </a>
            </span>
          ))}
        </p>
      </nav>
      {preview.result === "invalid" ? (
        <div className={noticeClassName("error")} role="alert">
          <p>{t("invalid")}</p>
          <ul>
            {preview.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          <p className={noticeClassName(preview.fromDraft ? "info" : "plain")} role="status">
            {preview.fromDraft ? t("fromDraft") : t("noDraft")}
          </p>
          <article className={layout.page}>
            <ClinicArticle clinic={preview.page} locale={locale} preview />
          </article>
        </>
      )}
    </div>
  );
}
