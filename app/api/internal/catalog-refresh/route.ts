import { isInternalRequest, refreshCatalogPages } from "@/lib/catalog-editing/catalog-refresh";

/** Asked only by this process's own catalog listener (lib/catalog-editing/catalog-refresh.ts); anyone else gets 404. */
export function POST(request: Request) {
  if (!isInternalRequest(request)) return new Response(null, { status: 404 });
  refreshCatalogPages();
  return new Response(null, { status: 204 });
}
