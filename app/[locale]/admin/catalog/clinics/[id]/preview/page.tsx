import { ItemPreviewPage } from "../../../_pages/item-preview-page";
import { adminPageMetadata } from "@/lib/seo/workspace-page-metadata";

export const generateMetadata = adminPageMetadata("catalog.draftPreview.title");

export default function ClinicPreviewPage({ params }: PageProps<"/[locale]/admin/catalog/clinics/[id]/preview">) {
  return <ItemPreviewPage kind="CLINIC" params={params} />;
}
