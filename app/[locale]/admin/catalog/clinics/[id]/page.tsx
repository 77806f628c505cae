import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AdminBar } from "@/components/admin/admin-bar";
import { ClinicEditor } from "@/components/admin/catalog/clinic-editor";
import { loadClinicForEditing } from "@/lib/catalog-editing/clinic-editor-state";
import { adminPageMetadata } from "@/lib/seo/workspace-page-metadata";
import { requireStaffPage } from "@/lib/auth/require-staff";
import { languageName } from "@/lib/i18n/display-names";
import { translationLocales } from "@/lib/validation/catalog-content/fields";
import { translationParam } from "@/lib/validation/query-params";
import { Link } from "@/lib/i18n/link";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import layout from "@/components/ui/layout.module.css";
import text from "@/components/ui/text.module.css";

export const generateMetadata = adminPageMetadata("catalog.editorTitle");

export default async function ClinicEditorPage({ params, searchParams }: PageProps<"/[locale]/admin/catalog/clinics/[id]">) {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  const staff = await requireStaffPage({ locale, path: `/${locale}/admin/catalog/clinics/${id}`, role: "editor" });
  const [clinic, t, format, messages] = await Promise.all([loadClinicForEditing(id), getTranslations("Admin.catalog"), getFormatter(), getMessages()]);
  if (!clinic) notFound();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className={layout.page}>
      <AdminBar staff={staff} locale={locale} />
      <p>
        <Link href="/admin/catalog">{t("backToCatalog")}</Link> · <Link href={`/admin/catalog/clinics/${id}/history`}>{t("historyLink")}</Link> ·{" "}
        <Link href={`/admin/catalog/clinics/${id}/preview`}>{t("draftPreview.link")}</Link>
      </p>
      <h1 lang="en" dir="ltr">
        {clinic.document.text.en.name}
      </h1>
      <p className={text.lead}>
        {clinic.draft
          ? t("editingDraft", { name: clinic.draftBy ?? t("someone"), date: when(clinic.draft.savedAt) })
          : clinic.baseVersion
            ? t("editingPublished", { number: clinic.baseVersion })
            : t("editingUnversioned")}
      </p>
      <NextIntlClientProvider messages={{ Admin: messages.Admin }}>
        <ClinicEditor
          document={clinic.document}
          position={{ itemId: id, draftId: clinic.draft?.id, revision: clinic.draft?.revision, baseVersion: clinic.draft ? undefined : clinic.baseVersion }}
          offerContext={{ treatmentNames: clinic.treatmentNames, priceStaleAfterDays: clinic.priceStaleAfterDays, today: clinic.today }}
          languages={translationLocales.map((code) => ({ locale: code, name: languageName(locale, code) }))}
          initialTranslation={translationParam.parse((await searchParams).translation)}
        />
      </NextIntlClientProvider>
    </div>
  );
}
