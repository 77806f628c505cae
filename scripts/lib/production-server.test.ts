import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it, vi } from "vitest";
import { logger } from "../../lib/logger";
import { currentRequestId } from "../../lib/observability/request-context";
import { parseTrustedProxies } from "../../lib/security/trusted-proxies";
import { createProductionServer } from "./production-server";

let close = () => {};
afterEach(() => close());

async function serve(handle: Parameters<typeof createProductionServer>[0], trustedProxies = "") {
  const server = createProductionServer(handle, parseTrustedProxies(trustedProxies));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  close = () => server.close();
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("the production server", () => {
  it("hands the app the socket's address, not the client's headers, and the request id across awaits", async () => {
    const url = await serve(async (request, response) => {
      await sleep(20);
      response.end(JSON.stringify({ requestId: currentRequestId(), headers: request.headers }));
    });
    const response = await fetch(url, { headers: { "x-forwarded-for": "203.0.113.7", "x-real-ip": "203.0.113.7", forwarded: "for=203.0.113.7" } });
    const seen = (await response.json()) as { requestId: string; headers: Record<string, string> };
    expect(seen.requestId).toBe(response.headers.get("x-request-id"));
    expect(seen.headers["x-forwarded-for"]).toBe("127.0.0.1");
    expect(seen.headers).not.toHaveProperty("x-real-ip");
    expect(seen.headers).not.toHaveProperty("forwarded");
  });

  it("believes a trusted proxy", async () => {
    const url = await serve(async (request, response) => void response.end(request.headers["x-forwarded-for"]), "loopback");
    expect(await (await fetch(url, { headers: { "x-forwarded-for": "203.0.113.7" } })).text()).toBe("203.0.113.7");
  });

  it("answers 500 with the request id when the handler throws", async () => {
    const logged = vi.spyOn(logger, "error").mockImplementation(() => {});
    const url = await serve(async () => Promise.reject(new Error("a bug")));
    const response = await fetch(url);
    expect(response.status).toBe(500);
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(logged).toHaveBeenCalledOnce();
  });

  it("answers 400 to a malformed path before the app sees it", async () => {
    let reached = 0;
    const url = await serve(async (_request, response) => void response.end(String((reached += 1))));
    for (const path of ["/%C0%80", "/en/%ZZ", "/en/clinics/%00"]) expect((await fetch(url + path)).status, path).toBe(400);
    expect(reached).toBe(0);
  });
});
