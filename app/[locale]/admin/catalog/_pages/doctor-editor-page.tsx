import { notFound } from "next/navigation";
import { DoctorEditor } from "@/components/admin/catalog/doctor-editor";
import { EditorPage } from "@/components/admin/catalog/editor-page";
import { loadDoctorForEditing } from "@/lib/catalog-editing/item-editor-state";
import { requireStaffPage } from "@/lib/auth/require-staff";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { translationParam } from "@/lib/validation/query-params";
import { recordId } from "@/lib/validation/record-id";
import { optionalQueryParam } from "@/lib/validation/query-params";

type Params = Promise<{ locale: string; id?: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const draftParam = optionalQueryParam(recordId);

/** A doctor's editor: the published doctor at `/doctors/<id>`, a new one at `/doctors/new` (its draft by `?draft=`). */
export async function DoctorEditorPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const locale = await resolvePageLocale(params);
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const staff = await requireStaffPage({ locale, path: `/${locale}/admin/catalog/doctors/${id ?? "new"}`, role: "editor" });
  const doctor = await loadDoctorForEditing(id ? { itemId: id } : { draftId: draftParam.parse(query.draft) });
  if (!doctor) notFound();
  return (
    <EditorPage
      kind="DOCTOR"
      state={doctor}
      staff={staff}
      locale={locale}
      editor={(start) => (
        <DoctorEditor
          {...start}
          document={doctor.document}
          treatmentNames={doctor.treatmentNames}
          reviewerNames={doctor.reviewerNames}
          clinicNames={doctor.clinicNames}
          initialTranslation={translationParam.parse(query.translation)}
        />
      )}
    />
  );
}
