import { handleConsultationSubmission } from "@/lib/leads/handle-submission";
import { fileStorage } from "@/lib/storage/storage";

// Outside the i18n proxy on purpose (see proxy.ts): the proxy would buffer and truncate the upload.
export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return handleConsultationSubmission(request, { storage: fileStorage });
}
