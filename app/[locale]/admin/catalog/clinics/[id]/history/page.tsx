import { ItemHistoryPage } from "../../../_pages/item-history-page";
import { adminPageMetadata } from "@/lib/seo/workspace-page-metadata";

export const generateMetadata = adminPageMetadata("catalog.historyTitle");

export default function ClinicHistoryPage({ params }: PageProps<"/[locale]/admin/catalog/clinics/[id]/history">) {
  return <ItemHistoryPage kind="CLINIC" params={params} />;
}
