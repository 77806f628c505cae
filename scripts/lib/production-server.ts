import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { logger } from "../../lib/logger";
import { newRequestId, runInRequestContext } from "../../lib/observability/request-context";
import { applyForwardedHeaders, resolveForwardedClient } from "../../lib/security/forwarded-headers";
import { isRoutablePath } from "../../lib/security/request-target";
import type { ProxyTrust } from "../../lib/security/trusted-proxies";
import { MAX_UPLOAD_SECONDS } from "../../lib/validation/consultation-files";
import { guardServerActionRequest } from "./server-action-faults";
import { keepLocationSingle } from "./single-location-header";

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/**
 * Slow clients: headers must arrive within `headersTimeoutMs`; a body has no deadline short of MAX_UPLOAD_SECONDS,
 * because the consultation upload's pace rule (lib/uploads/upload-pace.ts) lets go of a trickle within its window
 * while a weak but moving connection takes as long as it needs (Node's 300 s default cut off a 50 MB upload below
 * about 1.4 Mbit/s). Node checks both deadlines every `connectionsCheckingInterval` (30 s by default, which would
 * stretch 20 s to 50 s). An idle keep-alive connection is closed after 5 s (Node's default, kept on purpose); a
 * proxy in front must close its idle upstream connections sooner (README, "Deploying behind a proxy").
 */
export interface SlowClientLimits {
  headersTimeoutMs: number;
}

/**
 * The HTTP server in front of Next.js's handler. Route handlers never see the socket, so this is where the client's
 * address is decided: the forwarding headers are rebuilt from the socket and TRUSTED_PROXIES before Next.js reads
 * them. Every request gets an id, on each of its log lines and in its X-Request-Id response header.
 */
export function createProductionServer(handle: Handler, trust: ProxyTrust, limits: SlowClientLimits) {
  const options = {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: MAX_UPLOAD_SECONDS * 1000,
    connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs / 4),
    keepAliveTimeout: 5_000,
  };
  return http.createServer(options, (request, response) => {
    const requestId = newRequestId();
    response.setHeader("X-Request-Id", requestId);
    keepLocationSingle(response);
    if (!isRoutablePath(request.url ?? "/")) {
      response.writeHead(400, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" }).end("Bad request: the address is malformed.");
      return;
    }
    const context = { requestId };
    if (!guardServerActionRequest(request, response, context)) return;
    const connection = { peer: request.socket.remoteAddress, encrypted: "encrypted" in request.socket };
    applyForwardedHeaders(request.headers, resolveForwardedClient(connection, request.headers, trust));
    runInRequestContext(context, () =>
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
