import { adminPageMetadata } from "@/lib/seo/workspace-page-metadata";
import { DoctorEditorPage } from "../../_pages/doctor-editor-page";

export const generateMetadata = adminPageMetadata("catalog.doctorEditorTitle");

export default DoctorEditorPage;
