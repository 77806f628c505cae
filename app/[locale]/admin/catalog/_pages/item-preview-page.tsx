import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AdminBar } from "@/components/admin/admin-bar";
import { editorPath } from "@/components/admin/catalog/editor-paths";
import { ClinicArticle } from "@/components/catalog/clinic-article";
import { DoctorArticle } from "@/components/catalog/doctor-article";
import { noticeClassName } from "@/components/ui/notice";
import type { CatalogItemKind } from "@/lib/generated/prisma/client";
import { previewItem } from "@/lib/catalog-editing/draft-preview";
import { requireStaffPage } from "@/lib/auth/require-staff";
import { languageName } from "@/lib/i18n/display-names";
import { locales } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/link";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import layout from "@/components/ui/layout.module.css";

/** The preview of a clinic's or a doctor's draft as its public page (the routes' folders differ only by the kind). */
export async function ItemPreviewPage({ kind, params }: { kind: CatalogItemKind; params: Promise<{ locale: string; id: string }> }) {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  const path = `${editorPath(kind, id)}/preview` as const;
  const staff = await requireStaffPage({ locale, path: `/${locale}${path}`, role: "editor" });
  const [preview, t] = await Promise.all([previewItem(kind, id, locale), getTranslations("Admin.catalog.draftPreview")]);
  if (preview.result === "gone") notFound();
  const item = kind === "CLINIC" ? "clinic" : "doctor";
  return (
    <div className={layout.page}>
      <AdminBar staff={staff} locale={locale} />
      <p>
        <Link href={editorPath(kind, id)}>{t("back")}</Link>
      </p>
      <nav aria-label={t("languages")}>
        <p>
          {t("languages")}:{" "}
          {locales.map((code, index) => (
            <span key={code}>
              {index > 0 && " · "}
              <a href={`/${code}${path}`} hrefLang={code} lang={code} aria-current={code === locale ? "page" : undefined}>
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
            {preview.fromDraft ? t("fromDraft", { item }) : t("noDraft", { item })}
          </p>
          <article className={layout.page}>
            {preview.page.kind === "CLINIC" ? (
              <ClinicArticle clinic={preview.page.clinic} locale={locale} preview />
            ) : (
              <DoctorArticle doctor={preview.page.doctor} locale={locale} preview />
            )}
          </article>
        </>
      )}
    </div>
  );
}
