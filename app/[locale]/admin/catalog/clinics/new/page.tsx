import { adminPageMetadata } from "@/lib/seo/workspace-page-metadata";
import { ItemEditorPage } from "../../_pages/item-editor-page";

export const generateMetadata = adminPageMetadata("catalog.editorTitle");

export default function ClinicEditorPage({ params, searchParams }: PageProps<"/[locale]/admin/catalog/clinics/new">) {
  return <ItemEditorPage kind="CLINIC" params={params} searchParams={searchParams} />;
}
