import { randomInt } from "node:crypto";
import http from "node:http";
import { expect, test } from "@playwright/test";
import { consultationMultipart } from "./support/consultation-request";
import { startProductionServer } from "./support/production-server";

/** `npm start` (scripts/server.ts): request ids, a clean stop on SIGTERM, and the build's APP_URL. */
const appUrl = new URL(process.env.APP_URL ?? "http://127.0.0.1:3100");

test("every response carries its own request id", async ({ request }) => {
  const ids = await Promise.all([1, 2].map(async () => (await request.get("/en")).headers()["x-request-id"]));
  for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(ids[0]).not.toBe(ids[1]);
});

test("SIGTERM lets a consultation request in flight finish, refuses new connections, then exits", async () => {
  test.setTimeout(90_000);
  const server = startProductionServer({ TRUSTED_PROXIES: "127.0.0.1" });
  const port = await server.listening;
  const { body, contentType } = consultationMultipart();
  const request = http.request({
    host: "127.0.0.1",
    port,
    path: "/api/consultations",
    method: "POST",
    headers: {
      origin: appUrl.origin,
      "content-type": contentType,
      "content-length": body.length,
      "x-forwarded-for": `100.64.${randomInt(1, 255)}.${randomInt(1, 255)}`,
    },
  });
  const status = new Promise<number>((resolve, reject) => {
    request.on("response", (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("error", reject);
  });
  request.write(body.subarray(0, 100));
  await new Promise((resolve) => setTimeout(resolve, 1_000));

  server.child.kill("SIGTERM");
  await expect.poll(server.output).toContain("Stopping: finishing the requests in flight");
  const refused = await fetch(`http://127.0.0.1:${port}/en`).then(() => "answered", (error: Error) => error.cause);
  expect(refused).toMatchObject({ code: "ECONNREFUSED" });

  request.end(body.subarray(100));
  expect(await status).toBe(201);
  expect(await server.exited).toBe(0);
  expect(server.output()).toContain('"msg":"Stopped"');
});

test("npm start refuses an APP_URL other than the build's, and says what to do", async () => {
  const server = startProductionServer({ APP_URL: "https://elsewhere.example" });
  expect(await server.exited).toBe(1);
  expect(server.output()).toContain(`APP_URL is https://elsewhere.example, but this build was made with APP_URL=${appUrl.origin}`);
  expect(server.output()).toContain("npm run build");
});
