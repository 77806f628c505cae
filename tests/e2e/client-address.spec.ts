import { randomInt } from "node:crypto";
import http from "node:http";
import { expect, test } from "@playwright/test";
import { defaultSettings } from "@/lib/validation/settings";
import { consultationMultipart } from "./support/consultation-request";

/**
 * The production server decides the client's address (scripts/server.ts). Under `npm test` it trusts 127.0.0.1 as a
 * reverse proxy (playwright.config.ts), so a request from another loopback address is a client with no proxy in
 * front: whatever X-Forwarded-For it sends must not give it a fresh rate-limit bucket.
 */
const appUrl = new URL(process.env.APP_URL ?? "http://127.0.0.1:3100");
const { max } = defaultSettings.rateLimit;

function sendConsultation(options: { from?: string; forwardedFor: string }) {
  const { body, contentType } = consultationMultipart();
  return new Promise<{ status: number; retryAfter: string | undefined }>((resolve, reject) => {
    const request = http.request(new URL("/api/consultations", appUrl), {
      method: "POST",
      agent: false,
      localAddress: options.from,
      headers: {
        origin: appUrl.origin,
        "content-type": contentType,
        "content-length": body.length,
        "x-forwarded-for": options.forwardedFor,
      },
    });
    request.on("response", (response) => {
      response.resume();
      response.on("end", () => resolve({ status: response.statusCode ?? 0, retryAfter: response.headers["retry-after"] }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

const byte = () => randomInt(1, 255);

test("a client without a proxy cannot dodge the rate limit with X-Forwarded-For", async () => {
  const client = `127.${byte()}.${byte()}.${byte()}`;
  const statuses: number[] = [];
  for (let attempt = 0; attempt < max + 3; attempt += 1) {
    const reply = await sendConsultation({ from: client, forwardedFor: `203.0.113.${byte()}, 198.51.100.${byte()}` });
    statuses.push(reply.status);
    if (reply.status === 429) expect(Number(reply.retryAfter)).toBeGreaterThan(0);
  }
  expect(statuses).toEqual([...Array<number>(max).fill(201), 429, 429, 429]);
});

test("behind a trusted proxy, each forwarded client has its own limit, and an IPv6 client's is its /64", async () => {
  const network = `2001:db8:${byte().toString(16)}${byte().toString(16)}:${byte().toString(16)}`;
  const statuses: number[] = [];
  // A client rotating through the addresses of its /64 stays one client.
  for (let attempt = 1; attempt <= max + 1; attempt += 1) {
    statuses.push((await sendConsultation({ forwardedFor: `${network}::${attempt.toString(16)}` })).status);
  }
  expect(statuses).toEqual([...Array<number>(max).fill(201), 429]);
  // Another client behind the same proxy is not held back by the first.
  expect((await sendConsultation({ forwardedFor: `${network}0::1` })).status).toBe(201);
  expect((await sendConsultation({ forwardedFor: `203.0.113.9, 100.64.${byte()}.${byte()}` })).status).toBe(201);
});
