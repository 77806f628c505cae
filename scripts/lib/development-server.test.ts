import path from "node:path";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";
import loadConfig from "next/dist/server/config";
import { blockCrossSiteDEV } from "next/dist/server/lib/router-utils/block-cross-site-dev";
import type { IncomingMessage, ServerResponse } from "node:http";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { generateSecrets } from "./development-secrets";

/** next.config.ts as `next dev` loads it (with Next's defaults), judged by the code `next dev` runs. */
describe("the development server's configuration", () => {
  let config: Awaited<ReturnType<typeof loadConfig>>;
  beforeAll(async () => {
    // next.config.ts validates the environment (lib/env.ts), as under `next dev`; nothing here opens the database.
    const environment = { ...generateSecrets(), DATABASE_URL: "postgresql://127.0.0.1:1/unused" };
    for (const [name, value] of Object.entries(environment)) if (!process.env[name]) vi.stubEnv(name, value);
    config = await loadConfig(PHASE_DEVELOPMENT_SERVER, path.resolve(import.meta.dirname, "../.."));
  }, 60_000);

  function blocked(origin: string, url: string) {
    const request = { url, headers: { origin, "sec-fetch-mode": "cors", "sec-fetch-site": "same-origin" } };
    const response = { statusCode: 200, end: () => {} };
    const isBlocked = blockCrossSiteDEV(
      request as unknown as IncomingMessage,
      response as unknown as ServerResponse,
      config.allowedDevOrigins,
      undefined,
    );
    return isBlocked || response.statusCode === 403;
  }

  it.each(["http://127.0.0.1:3000", "http://localhost:3000", "http://[::1]:3000"])("serves its dev resources to a page opened at %s", (origin) => {
    expect(blocked(origin, "/_next/static/chunks/main-app.js")).toBe(false);
    expect(blocked(origin, "/_next/webpack-hmr?id=1")).toBe(false);
  });

  it("still refuses them to another site", () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(blocked("http://evil.example", "/_next/static/chunks/main-app.js")).toBe(true);
  });

  it("never prints server functions' arguments (a sign-in password) in the terminal", () => {
    // As next/dist/server/base-server.js decides it.
    const logsServerFunctions = typeof config.logging === "object" && Boolean(config.logging.serverFunctions);
    expect(logsServerFunctions).toBe(false);
  });
});
