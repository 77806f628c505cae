import { randomBytes } from "node:crypto";
import { mkdtemp, readdir } from "node:fs/promises";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { expect, test } from "@playwright/test";
import { UPLOAD_TOO_SLOW } from "@/lib/uploads/upload-pace";
import { consultationFilePart, consultationTextParts, multipartBody } from "@/tests/fixtures/multipart";
import { consultationFields } from "./support/consultation-request";
import { queryDatabase } from "./support/database";
import { fillRequiredFields, formReady } from "./support/consultation-form";
import { startProductionServer } from "./support/production-server";
import { waitOutTimeTrap } from "./support/time-trap";
import { actAsNewVisitor } from "./support/visitor";

/**
 * Slow clients against `npm start`, with the production rules on a shorter clock: a 2 s pace window instead of 30 s
 * and a 2 s headers timeout instead of 20 s. A raw Node client, so the test chooses every byte's moment.
 */
const windowSeconds = 2;
const boundary = "careport-slow-client";
let port: number;
let uploadDir: string;
let stop = () => {};
let serverOutput = () => "";

test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  uploadDir = await mkdtemp(path.join(os.tmpdir(), "careport-slow-clients-"));
  const server = startProductionServer({
    TRUSTED_PROXIES: "127.0.0.1",
    UPLOAD_DIR: uploadDir,
    UPLOAD_PACE_WINDOW_SECONDS: String(windowSeconds),
    HEADERS_TIMEOUT_SECONDS: "2",
  });
  stop = () => server.child.kill("SIGTERM");
  serverOutput = server.output;
  port = await server.listening;
  // The first request loads the route; on a busy machine that alone can take seconds, which is not what is timed here.
  await fetch(`http://127.0.0.1:${port}/api/consultations`, { method: "POST", headers: { origin: `http://127.0.0.1:${port}` } });
});
test.afterAll(() => stop());

const cuts = () => serverOutput().split("Upload cut: under the minimum pace").length - 1;
const filesIn = async (directory: string) =>
  (await readdir(directory, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);

/** A valid request with one PDF of `fileBytes`: its first `burst` bytes at once, then `bytesPerSecond` (10 writes a second). */
function sendAtPace(fileBytes: number, burst: number, bytesPerSecond: number) {
  const fields = consultationFields();
  const pdf = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(fileBytes - 9)]);
  const body = multipartBody({
    boundary,
    parts: [...consultationTextParts(fields), consultationFilePart("scan.pdf", pdf, "application/pdf")],
  });
  const started = Date.now();
  const reply = new Promise<{ status: number; body: unknown; afterMs: number }>((resolve, reject) => {
    const request = http.request({
      host: "127.0.0.1",
      port,
      path: "/api/consultations",
      method: "POST",
      agent: false,
      headers: {
        origin: `http://127.0.0.1:${port}`,
        "content-type": `multipart/form-data; boundary=${boundary}`,
        "content-length": body.length,
        "x-forwarded-for": `198.18.${1 + Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`,
      },
    });
    let answered = false;
    request.on("response", (response) => {
      answered = true;
      const afterMs = Date.now() - started;
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        request.destroy();
        resolve({ status: response.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString()), afterMs });
      });
    });
    // The server stops reading a cut upload: a write after the answer may fail, which is not the failure under test.
    request.on("error", (error) => answered || reject(error));
    void (async () => {
      let offset = Math.min(burst, body.length);
      request.write(body.subarray(0, offset));
      const step = Math.max(1, Math.round(bytesPerSecond / 10));
      while (offset < body.length && !answered && !request.destroyed) {
        await sleep(100);
        request.write(body.subarray(offset, (offset += step)));
      }
      if (!answered) request.end();
    })();
  });
  return { reply, submissionId: (JSON.parse(fields.data) as { submissionId: string }).submissionId };
}

test("a body trickling at 10 bytes/s is cut within the pace window: 408 tooSlow, no file, no lead", async () => {
  const before = await filesIn(uploadDir);
  const { reply, submissionId } = sendAtPace(200 * 1024, 4 * 1024, 10);
  const answer = await reply;
  expect(answer.status).toBe(408);
  expect(answer.body).toEqual({ error: UPLOAD_TOO_SLOW });
  expect(answer.afterMs).toBeGreaterThanOrEqual(windowSeconds * 1000);
  // Within the window and its check, with room for a loaded machine: the point is seconds, not Node's 300 s.
  expect(answer.afterMs).toBeLessThan(windowSeconds * 1000 + 10_000);
  await expect.poll(() => filesIn(uploadDir)).toEqual(before);
  expect(await queryDatabase(`SELECT id FROM "Lead" WHERE "submissionId" = $1`, [submissionId])).toEqual([]);
});

test("a slow but steady upload, 50 KB/s for three windows, is accepted", async () => {
  const { reply, submissionId } = sendAtPace(300 * 1024, 1024, 50 * 1024);
  const answer = await reply;
  expect(answer.status).toBe(201);
  expect(answer.afterMs).toBeGreaterThan(3 * windowSeconds * 1000);
  const [lead] = await queryDatabase<{ size: number }>(
    `SELECT f.size FROM "LeadFile" f JOIN "Lead" l ON l.id = f."leadId" WHERE l."submissionId" = $1`,
    [submissionId],
  );
  expect(lead?.size).toBe(300 * 1024);
});

test("a client that never finishes its headers is dropped after the headers timeout", async () => {
  const started = Date.now();
  const socket = net.connect(port, "127.0.0.1");
  socket.write("POST /api/consultations HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Drip: ");
  const drip = setInterval(() => socket.writable && socket.write("x"), 200);
  const answer = await new Promise<string>((resolve) => {
    let received = "";
    socket.on("data", (chunk: Buffer) => (received += chunk.toString()));
    socket.on("error", () => {});
    socket.on("close", () => resolve(received));
  });
  clearInterval(drip);
  expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  expect(Date.now() - started).toBeLessThan(2_000 + 10_000);
});

test("the form says the connection is too slow when the server cuts its upload (de)", async ({ page }) => {
  // Chrome reads no answer while it is still sending: the form learns of the cut from its own rule, within a minute.
  test.setTimeout(150_000);
  await actAsNewVisitor(page);
  await page.goto(`http://127.0.0.1:${port}/de/consultation`);
  const openedAt = await formReady(page);
  await fillRequiredFields(page, `e2e-slow-${Date.now()}@example.com`);
  await page.locator('input[type="file"][multiple]').setInputFiles([
    { name: "ct-report.pdf", mimeType: "application/pdf", buffer: Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(512 * 1024)]) },
  ]);
  await waitOutTimeTrap(openedAt);
  // A link at 300 bytes/s up, under the pace (1 KiB/s on the server, 512 B/s over 60 s in the browser).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 100, downloadThroughput: 50_000, uploadThroughput: 300 });
  const before = await filesIn(uploadDir);
  const cutsBefore = cuts();
  await page.getByRole("button", { name: "Anfrage für eine kostenlose Beratung senden" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("Die Verbindung ist zu langsam", { timeout: 90_000 });
  expect(cuts()).toBe(cutsBefore + 1);
  await expect.poll(() => filesIn(uploadDir)).toEqual(before);
});
