import { notFound } from "next/navigation";
import { ClinicEditor } from "@/components/admin/catalog/clinic-editor";
import { DoctorEditor } from "@/components/admin/catalog/doctor-editor";
import { editorPath } from "@/components/admin/catalog/editor-paths";
import { EditorPage } from "@/components/admin/catalog/editor-page";
import type { CatalogItemKind } from "@/lib/generated/prisma/client";
import { loadClinicForEditing, loadDoctorForEditing } from "@/lib/catalog-editing/item-editor-state";
import { requireStaffPage } from "@/lib/auth/require-staff";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { optionalQueryParam, translationParam } from "@/lib/validation/query-params";
import { recordId } from "@/lib/validation/record-id";

type Params = Promise<{ locale: string; id?: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const draftParam = optionalQueryParam(recordId);

/**
 * A clinic's or doctor's editor: the published item at `…/<id>`, a new one at `…/new` (its saved draft by `?draft=`),
 * with `?translation=` choosing the translation shown first.
 */
export async function ItemEditorPage({ kind, params, searchParams }: { kind: CatalogItemKind; params: Params; searchParams: SearchParams }) {
  const locale = await resolvePageLocale(params);
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const staff = await requireStaffPage({ locale, path: `/${locale}${editorPath(kind, id ?? "new")}`, role: "editor" });
  const item = id ? { itemId: id } : { draftId: draftParam.parse(query.draft) };
  const shared = { initialTranslation: translationParam.parse(query.translation) };
  if (kind === "CLINIC") {
    const clinic = await loadClinicForEditing(item);
    if (!clinic) notFound();
    const { document, treatmentNames, reviewerNames, priceStaleAfterDays, today } = clinic;
    const props = { document, treatmentNames, reviewerNames, offerContext: { priceStaleAfterDays, today }, ...shared };
    return <EditorPage kind={kind} state={clinic} staff={staff} locale={locale} editor={(start) => <ClinicEditor {...start} {...props} />} />;
  }
  const doctor = await loadDoctorForEditing(item);
  if (!doctor) notFound();
  const { document, treatmentNames, reviewerNames, clinicNames } = doctor;
  const props = { document, treatmentNames, reviewerNames, clinicNames, ...shared };
  return <EditorPage kind={kind} state={doctor} staff={staff} locale={locale} editor={(start) => <DoctorEditor {...start} {...props} />} />;
}
