import net, { type AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it, vi } from "vitest";
import { logger } from "../../lib/logger";
import { currentRequestId, noteActionStarted } from "../../lib/observability/request-context";
import { parseTrustedProxies } from "../../lib/security/trusted-proxies";
import { createProductionServer } from "./production-server";

let close = () => {};
afterEach(() => close());

async function serve(handle: Parameters<typeof createProductionServer>[0], trustedProxies = "", headersTimeoutMs = 20_000) {
  const server = createProductionServer(handle, parseTrustedProxies(trustedProxies), { headersTimeoutMs });
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

  it("sends a redirect's Location once when Next.js appends the same value again (vercel/next.js#82117)", async () => {
    const url = await serve(async (_request, response) => {
      response.statusCode = 308;
      response.setHeader("location", "/de/clinics/current");
      response.appendHeader("location", "/de/clinics/current");
      response.end();
    });
    const response = await fetch(url, { redirect: "manual" });
    expect(response.status).toBe(308);
    expect(response.headers.get("location")).toBe("/de/clinics/current");
  });

  it("answers 400, not 500, to a server action request Next.js failed before the action's code ran; a fault after stays a 500", async () => {
    const url = await serve(async (request, response) => {
      await sleep(5);
      if (request.headers["x-test-action-runs"]) noteActionStarted();
      response.statusCode = 500;
      response.end();
    });
    const post = (path: string, headers: Record<string, string>) => fetch(url + path, { method: "POST", headers, body: "[]" });
    expect((await post("/en/admin/sign-in", { "next-action": "7f00" })).status).toBe(400);
    expect((await post("/en", { "content-type": "multipart/form-data; boundary=x" })).status).toBe(400);
    expect((await post("/en/admin/sign-in", { "next-action": "7f00", "x-test-action-runs": "1" })).status).toBe(500);
    expect((await post("/api/consultations", { "content-type": "multipart/form-data; boundary=x" })).status).toBe(500);
    expect((await fetch(url + "/en")).status).toBe(500);
  });

  it("refuses a server action body declared over Next.js's 1 MB limit before the app sees it", async () => {
    let reached = 0;
    const url = await serve(async (_request, response) => void response.end(String((reached += 1))));
    const response = await fetch(url + "/en/admin/sign-in", { method: "POST", headers: { "next-action": "7f00" }, body: "a".repeat(1024 * 1024 + 1) });
    expect(response.status).toBe(413);
    expect(reached).toBe(0);
  });

  it("answers 400 to a malformed path before the app sees it", async () => {
    let reached = 0;
    const url = await serve(async (_request, response) => void response.end(String((reached += 1))));
    for (const path of ["/%C0%80", "/en/%ZZ", "/en/clinics/%00"]) expect((await fetch(url + path)).status, path).toBe(400);
    expect(reached).toBe(0);
  });

  it("drops a client that does not finish its headers in time, and waits for a slow body past it", async () => {
    const url = new URL(
      await serve(async (request, response) => {
        let bytes = 0;
        for await (const chunk of request) bytes += (chunk as Buffer).length;
        response.end(String(bytes));
      }, "", 1_000),
    );
    const started = Date.now();
    const slowHeaders = net.connect(Number(url.port), url.hostname);
    const drip = setInterval(() => slowHeaders.write("X"), 100);
    slowHeaders.write("POST / HTTP/1.1\r\nHost: x\r\nX-Drip: ");
    const answer = await new Promise<string>((resolve) => {
      let received = "";
      slowHeaders.on("data", (chunk: Buffer) => (received += chunk.toString()));
      slowHeaders.on("close", () => resolve(received));
      slowHeaders.on("error", () => {});
    });
    clearInterval(drip);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(Date.now() - started).toBeLessThan(3_000);

    // Headers on time, then a body for three times the headers' limit: the server itself never cuts it.
    const body = new ReadableStream({
      async pull(controller) {
        await sleep(300);
        controller.enqueue(new TextEncoder().encode("x".repeat(100)));
        if (Date.now() - started > 6_000) controller.close();
      },
    });
    const response = await fetch(url, { method: "POST", body, duplex: "half" } as RequestInit);
    expect(response.status).toBe(200);
    expect(Number(await response.text())).toBeGreaterThan(0);
  }, 15_000);
});
