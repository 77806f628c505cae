import { notFound } from "next/navigation";
import { ClinicEditor } from "@/components/admin/catalog/clinic-editor";
import { EditorPage } from "@/components/admin/catalog/editor-page";
import { loadClinicForEditing } from "@/lib/catalog-editing/item-editor-state";
import { requireStaffPage } from "@/lib/auth/require-staff";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { translationParam } from "@/lib/validation/query-params";
import { recordId } from "@/lib/validation/record-id";
import { optionalQueryParam } from "@/lib/validation/query-params";

type Params = Promise<{ locale: string; id?: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const draftParam = optionalQueryParam(recordId);

/** A clinic's editor: the published clinic at `/clinics/<id>`, a new one at `/clinics/new` (its draft by `?draft=`). */
export async function ClinicEditorPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const locale = await resolvePageLocale(params);
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const staff = await requireStaffPage({ locale, path: `/${locale}/admin/catalog/clinics/${id ?? "new"}`, role: "editor" });
  const clinic = await loadClinicForEditing(id ? { itemId: id } : { draftId: draftParam.parse(query.draft) });
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
          reviewerNames={clinic.reviewerNames}
          offerContext={{ priceStaleAfterDays: clinic.priceStaleAfterDays, today: clinic.today }}
          initialTranslation={translationParam.parse(query.translation)}
        />
      )}
    />
  );
}
