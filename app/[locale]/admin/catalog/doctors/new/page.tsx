import { adminPageMetadata } from "@/lib/seo/workspace-page-metadata";
import { ItemEditorPage } from "../../_pages/item-editor-page";

export const generateMetadata = adminPageMetadata("catalog.doctorEditorTitle");

export default function DoctorEditorPage({ params, searchParams }: PageProps<"/[locale]/admin/catalog/doctors/new">) {
  return <ItemEditorPage kind="DOCTOR" params={params} searchParams={searchParams} />;
}
