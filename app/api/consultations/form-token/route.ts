import { createFormToken } from "@/lib/leads/form-token";

// Static catalog pages cannot carry a per-visit token, so their lazily loaded form fetches one when opened.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ formToken: createFormToken() }, { headers: { "Cache-Control": "no-store" } });
}
