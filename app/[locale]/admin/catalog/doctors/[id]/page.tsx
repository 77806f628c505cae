import { notFound } from "next/navigation";
import { DoctorEditor } from "@/components/admin/catalog/doctor-editor";
import { EditorPage } from "@/components/admin/catalog/editor-page";
import { loadDoctorForEditing } from "@/lib/catalog-editing/item-editor-state";
import { adminPageMetadata } from "@/lib/seo/workspace-page-metadata";
import { requireStaffPage } from "@/lib/auth/require-staff";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { translationParam } from "@/lib/validation/query-params";

export const generateMetadata = adminPageMetadata("catalog.doctorEditorTitle");

export default async function DoctorEditorPage({ params, searchParams }: PageProps<"/[locale]/admin/catalog/doctors/[id]">) {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  const staff = await requireStaffPage({ locale, path: `/${locale}/admin/catalog/doctors/${id}`, role: "editor" });
  const [doctor, { translation }] = await Promise.all([loadDoctorForEditing(id), searchParams]);
  if (!doctor) notFound();
  return (
    <EditorPage
      kind="DOCTOR"
      state={doctor}
      staff={staff}
      locale={locale}
      editor={(start) => (
        <DoctorEditor {...start} document={doctor.document} treatmentNames={doctor.treatmentNames} clinicNames={doctor.clinicNames} initialTranslation={translationParam.parse(translation)} />
      )}
    />
  );
}
