import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { logger } from "../../lib/logger";
import { newRequestId, runWithRequestId } from "../../lib/observability/request-context";
import { applyForwardedHeaders, resolveForwardedClient } from "../../lib/security/forwarded-headers";
import { isRoutablePath } from "../../lib/security/request-target";
import type { ProxyTrust } from "../../lib/security/trusted-proxies";

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/**
 * The HTTP server in front of Next.js's handler. Route handlers never see the socket, so this is where the client's
 * address is decided: the forwarding headers are rebuilt from the socket and TRUSTED_PROXIES before Next.js reads
 * them. Every request gets an id, on each of its log lines and in its X-Request-Id response header.
 */
export function createProductionServer(handle: Handler, trust: ProxyTrust) {
  return http.createServer((request, response) => {
    const requestId = newRequestId();
    response.setHeader("X-Request-Id", requestId);
    if (!isRoutablePath(request.url ?? "/")) {
      response.writeHead(400, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" }).end("Bad request: the address is malformed.");
      return;
    }
    const connection = { peer: request.socket.remoteAddress, encrypted: "encrypted" in request.socket };
    applyForwardedHeaders(request.headers, resolveForwardedClient(connection, request.headers, trust));
    runWithRequestId(requestId, () =>
      handle(request, response).catch((error: unknown) => {
        logger.error({ err: error }, "Request failed outside the app's own error handling");
        if (response.headersSent) response.destroy();
        else response.writeHead(500).end();
      }),
    );
  });
}

/**
 * Stops taking connections, lets requests in flight finish (closing each keep-alive connection as soon as it is
 * idle), and cuts whatever is left after `graceMs`.
 */
export function stopGracefully(server: http.Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const closeIdle = setInterval(() => server.closeIdleConnections(), 200);
    const deadline = setTimeout(() => {
      logger.warn("Requests still open at the shutdown deadline were cut");
      server.closeAllConnections();
    }, graceMs);
    server.close(() => {
      clearInterval(closeIdle);
      clearTimeout(deadline);
      resolve();
    });
    server.closeIdleConnections();
  });
}
