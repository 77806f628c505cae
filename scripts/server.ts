import { parseArgs } from "node:util";

/**
 * `npm start`: the production server (Node `http` + Next.js's request handler); see scripts/lib/production-server.ts.
 * Options as `next start`: -p/--port (or PORT, default 3000), -H/--hostname (default all interfaces).
 */
Object.assign(process.env, { NODE_ENV: "production" });
const { values } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
// Not HOSTNAME from the environment: container runtimes set it to the container's name.
const hostname = values.hostname;

// Imported after NODE_ENV is set: the env module validates production's rules when it loads.
const { default: next } = await import("next");
const { env } = await import("../lib/env");
const { logger } = await import("../lib/logger");
const { parseTrustedProxies } = await import("../lib/security/trusted-proxies");
const { buildOriginProblem } = await import("./lib/build-origin");
const { createProductionServer, stopGracefully } = await import("./lib/production-server");
const { setServerOrigin } = await import("../lib/server-origin");

const problem = buildOriginProblem(".next", env.APP_URL);
if (problem) {
  logger.fatal(problem);
  process.exit(1);
}

const app = next({ dev: false, hostname, port });
await app.prepare();
const server = createProductionServer(app.getRequestHandler(), parseTrustedProxies(env.TRUSTED_PROXIES), {
  headersTimeoutMs: env.HEADERS_TIMEOUT_SECONDS * 1000,
});
server.listen(port, hostname, () => {
  const address = server.address();
  if (address && typeof address === "object") {
    // Bound to every interface: the loopback is one of them.
    const host = ["::", "0.0.0.0"].includes(address.address) ? "127.0.0.1" : address.family === "IPv6" ? `[${address.address}]` : address.address;
    setServerOrigin(`http://${host}:${address.port}`);
  }
  logger.info({ address }, "Careport is listening");
});

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "Stopping: finishing the requests in flight");
    await stopGracefully(server, 10_000);
    await app.close();
    logger.info("Stopped");
    process.exit(0);
  });
}
