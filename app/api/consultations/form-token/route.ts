import { createFormToken } from "@/lib/leads/form-token";
import type { FormTokenAnswer } from "@/lib/validation/consultation-request";

// Static catalog pages cannot carry a per-visit token, so their lazily loaded form fetches one when opened.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ formToken: createFormToken() } satisfies FormTokenAnswer, { headers: { "Cache-Control": "no-store" } });
}
