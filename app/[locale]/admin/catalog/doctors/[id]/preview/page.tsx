import { ItemPreviewPage } from "../../../_pages/item-preview-page";
import { adminPageMetadata } from "@/lib/seo/workspace-page-metadata";

export const generateMetadata = adminPageMetadata("catalog.draftPreview.title");

export default function DoctorPreviewPage({ params }: PageProps<"/[locale]/admin/catalog/doctors/[id]/preview">) {
  return <ItemPreviewPage kind="DOCTOR" params={params} />;
}
