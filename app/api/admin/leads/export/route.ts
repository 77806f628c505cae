import { serveLeadExport } from "@/lib/leads/lead-export";

// Answers each request with the session's own data: never pre-rendered or cached.
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return serveLeadExport(request);
}
