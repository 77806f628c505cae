import { notFound } from "next/navigation";
import { ClinicEditor } from "@/components/admin/catalog/clinic-editor";
import { EditorPage } from "@/components/admin/catalog/editor-page";
import { loadClinicForEditing } from "@/lib/catalog-editing/item-editor-state";
import { adminPageMetadata } from "@/lib/seo/workspace-page-metadata";
import { requireStaffPage } from "@/lib/auth/require-staff";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { translationParam } from "@/lib/validation/query-params";

export const generateMetadata = adminPageMetadata("catalog.editorTitle");

export default async function ClinicEditorPage({ params, searchParams }: PageProps<"/[locale]/admin/catalog/clinics/[id]">) {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  const staff = await requireStaffPage({ locale, path: `/${locale}/admin/catalog/clinics/${id}`, role: "editor" });
  const [clinic, { translation }] = await Promise.all([loadClinicForEditing(id), searchParams]);
  if (!clinic) notFound();
  return (
    <EditorPage
      kind="CLINIC"
      state={clinic}
      staff={staff}
      locale={locale}
      editor={(start) => (
        <ClinicEditor
          {...start}
          document={clinic.document}
          treatmentNames={clinic.treatmentNames}
          offerContext={{ priceStaleAfterDays: clinic.priceStaleAfterDays, today: clinic.today }}
          initialTranslation={translationParam.parse(translation)}
        />
      )}
    />
  );
}
