import { randomBytes } from "node:crypto";
import { mkdtemp, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pipeline, Transform } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { handleConsultationSubmission } from "@/lib/leads/handle-submission";
import { createLocalFileStorage } from "@/lib/storage/local-file-storage";
import { UPLOAD_TOO_SLOW } from "@/lib/uploads/upload-pace";
import { consultationFields } from "@/tests/e2e/support/consultation-request";
import { consultationFilePart, consultationTextParts, multipartBody } from "@/tests/fixtures/multipart";

// The production rule with a 2 s window instead of 30 s, so a cut takes seconds.
const uploadPace = { minBytesPerSecond: 1024, windowSeconds: 2 };
const boundary = "careport-slow-upload";
let storageDir: string;
let storage: ReturnType<typeof createLocalFileStorage>;

const storedFiles = async () =>
  (await readdir(storageDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);

/** A valid request with one PDF of `fileBytes`: its first `burst` bytes at once, then `bytesPerTick` every 100 ms. */
function uploadAtPace(fileBytes: number, burst: number, bytesPerTick: number) {
  const fields = consultationFields();
  const body = multipartBody({
    boundary,
    parts: [
      ...consultationTextParts(fields),
      consultationFilePart("scan.pdf", Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(fileBytes - 9)]), "application/pdf"),
    ],
  });
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (offset > 0) await sleep(100);
      const end = Math.min(body.length, offset === 0 ? burst : offset + bytesPerTick);
      controller.enqueue(body.subarray(offset, end));
      offset = end;
      if (offset === body.length) controller.close();
    },
  });
  const request = new Request(`${env.APP_URL}/api/consultations`, {
    method: "POST",
    body: stream,
    duplex: "half",
    headers: {
      origin: new URL(env.APP_URL).origin,
      "content-type": `multipart/form-data; boundary=${boundary}`,
      "x-forwarded-for": `10.77.${Math.floor(Math.random() * 250)}.9`,
    },
  } as RequestInit);
  return { request, submissionId: (JSON.parse(fields.data) as { submissionId: string }).submissionId };
}

beforeAll(async () => {
  storageDir = await mkdtemp(path.join(os.tmpdir(), "careport-slow-uploads-"));
  storage = createLocalFileStorage({ directory: storageDir, masterKey: randomBytes(32) });
});

describe("an upload under the minimum pace", () => {
  it("is cut within one window with 408 tooSlow, leaving no file (not even a .partial one) and no lead", async () => {
    // The fields and the file's start arrive at once (a file is being stored), then 100 bytes/s.
    const { request, submissionId } = uploadAtPace(200 * 1024, 4096, 10);
    const started = Date.now();
    const response = await handleConsultationSubmission(request, { storage, uploadPace });
    const elapsed = Date.now() - started;

    expect(response.status).toBe(408);
    expect(await response.json()).toEqual({ error: UPLOAD_TOO_SLOW });
    expect(elapsed).toBeGreaterThanOrEqual(2_000);
    // Seconds after the window, with room for a loaded machine: the point is not Node's 300 s.
    expect(elapsed).toBeLessThan(12_000);
    expect(await storedFiles()).toEqual([]);
    expect(await db.lead.count({ where: { submissionId } })).toBe(0);
  });

  it("is cut when it stalls after a fast start", async () => {
    const { request } = uploadAtPace(200 * 1024, 100 * 1024, 0);
    const response = await handleConsultationSubmission(request, { storage, uploadPace });
    expect(response.status).toBe(408);
    expect(await storedFiles()).toEqual([]);
  });
});

describe("a slow but steady upload", () => {
  it("at 50 KB/s for three windows arrives whole", async () => {
    const { request, submissionId } = uploadAtPace(300 * 1024, 1024, 5 * 1024);
    const response = await handleConsultationSubmission(request, { storage, uploadPace });
    expect(response.status).toBe(201);
    const lead = await db.lead.findUniqueOrThrow({ where: { submissionId }, include: { files: true } });
    expect(lead.files.map((file) => file.size)).toEqual([300 * 1024]);
    expect(await storedFiles()).toEqual([lead.files[0]!.storageKey]);
  });
});

describe("a fast upload that the server is slow to store", () => {
  it("is not cut: time spent waiting on storage does not count against the client", async () => {
    // A disk that stalls for two windows at the start of the file, while the client sends at 640 KB/s.
    const stallMs = 2 * uploadPace.windowSeconds * 1000;
    const slowStorage = {
      ...storage,
      write: (source: Parameters<typeof storage.write>[0]) => {
        let first = true;
        const stall = new Transform({
          transform: (chunk, _encoding, done) => void setTimeout(() => done(null, chunk), first ? ((first = false), stallMs) : 0),
        });
        return storage.write(pipeline(source, stall, () => {}));
      },
    };
    const { request, submissionId } = uploadAtPace(1024 * 1024, 64 * 1024, 64 * 1024);
    const started = Date.now();
    const response = await handleConsultationSubmission(request, { storage: slowStorage, uploadPace });
    expect(response.status).toBe(201);
    expect(Date.now() - started).toBeGreaterThan(stallMs);
    expect(await db.lead.count({ where: { submissionId } })).toBe(1);
  });
});
