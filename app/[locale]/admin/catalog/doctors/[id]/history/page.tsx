import { ItemHistoryPage } from "../../../_pages/item-history-page";
import { adminPageMetadata } from "@/lib/seo/workspace-page-metadata";

export const generateMetadata = adminPageMetadata("catalog.doctorHistoryTitle");

export default function DoctorHistoryPage({ params }: PageProps<"/[locale]/admin/catalog/doctors/[id]/history">) {
  return <ItemHistoryPage kind="DOCTOR" params={params} />;
}
