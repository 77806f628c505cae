import type { IncomingMessage, ServerResponse } from "node:http";
import { isUndecodedServerAction, type RequestContext } from "../../lib/observability/request-context";

/** Next.js's default limit of a server action's body (serverActions.bodySizeLimit, not changed in next.config.ts). */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

/** What Next.js tries to decode as a server action: a POST to a page with an action id, a form or a multipart body. */
export function isServerActionRequest(request: IncomingMessage) {
  if (request.method !== "POST" || (request.url ?? "/").startsWith("/api/")) return false;
  const contentType = request.headers["content-type"] ?? "";
  return "next-action" in request.headers || contentType.startsWith("multipart/form-data") || contentType === "application/x-www-form-urlencoded";
}

/**
 * Next.js answers 500 to a server action request it cannot decode (an Origin other than the host, a broken multipart
 * body, a reply React's decoder refuses, a body over the limit) although none of the app's code ran: the fault is the
 * sender's, so such an answer becomes a 400 here. A 500 after an action's own code started stays a 500 (our fault,
 * and it must show). A body declared over the limit is refused with 413 before it is read.
 * Returns false when the request was answered here.
 */
export function guardServerActionRequest(request: IncomingMessage, response: ServerResponse, context: RequestContext) {
  if (!isServerActionRequest(request)) return true;
  context.serverAction = true;
  if (Number(request.headers["content-length"] ?? 0) > ACTION_BODY_LIMIT_BYTES) {
    response.writeHead(413, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", connection: "close" }).end("Request body too large.");
    return false;
  }
  const writeHead = response.writeHead.bind(response) as (statusCode: number, ...rest: unknown[]) => ServerResponse;
  response.writeHead = ((statusCode: number, ...rest: unknown[]) => {
    const blamed = statusCode === 500 && isUndecodedServerAction(context) ? 400 : statusCode;
    response.statusCode = blamed;
    return writeHead(blamed, ...rest);
  }) as ServerResponse["writeHead"];
  return true;
}
