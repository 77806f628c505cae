import { logger } from "@/lib/logger";
import { isInternalRequest, refreshPublicPages } from "@/lib/page-refresh";

/** Asked only by this process's own listener (lib/page-refresh.ts); anyone else gets 404. */
export function POST(request: Request) {
  if (!isInternalRequest(request)) return new Response(null, { status: 404 });
  refreshPublicPages();
  logger.info("Public pages marked for refresh");
  return new Response(null, { status: 204 });
}
