import { serveLeadFile } from "@/lib/leads/lead-file-download";

export async function GET(request: Request, { params }: RouteContext<"/api/admin/files/[id]">) {
  return serveLeadFile(request, (await params).id);
}
