import { adminPageMetadata } from "@/lib/seo/workspace-page-metadata";
import { ClinicEditorPage } from "../../_pages/clinic-editor-page";

export const generateMetadata = adminPageMetadata("catalog.editorTitle");

export default ClinicEditorPage;
