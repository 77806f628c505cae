import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { buffer } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { logger } from "@/lib/logger";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createFormToken } from "@/lib/leads/form-token";
import { handleConsultationSubmission } from "@/lib/leads/handle-submission";
import { resetSetting, updateSetting } from "@/lib/settings/settings";
import { createLocalFileStorage } from "@/lib/storage/local-file-storage";
import { CONSENT_VERSION } from "@/lib/validation/consultation-fields";
import { consultationFormData } from "@/lib/validation/consultation-request";
import { validConsultation } from "@/tests/fixtures/consultation";

const mb = 1024 * 1024;
const pdf = (size = 2048) => Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(size)]);
const jpeg = (size = 2048) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(size)]);
const png = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(512)]);

let storageDir: string;
let storage: ReturnType<typeof createLocalFileStorage>;

const storedFileCount = async () =>
  (await readdir(storageDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).length;

const answers = (overrides: Record<string, unknown> = {}) =>
  validConsultation({ treatment: "y90-radioembolization", recordsCovered: ["recent-ct-mri"], ...overrides });

function submission(options: {
  data?: Record<string, unknown>;
  meta?: Record<string, unknown>;
  files?: { name: string; bytes: Buffer }[];
  origin?: string;
  ip?: string;
}) {
  const form = consultationFormData({
    locale: "uk",
    data: options.data === undefined ? answers() : options.data,
    meta: {
      formToken: createFormToken(new Date(Date.now() - 60_000)),
      website: "",
      timeZone: "Europe/Kyiv",
      sourcePath: "/uk/treatments/y90-radioembolization",
      utm: { utm_source: "newsletter" },
      ...options.meta,
    },
    files: (options.files ?? []).map((file) => new File([new Uint8Array(file.bytes)], file.name)),
  });
  return new Request(`${env.APP_URL}/api/consultations`, {
    method: "POST",
    body: form,
    headers: {
      origin: options.origin ?? new URL(env.APP_URL).origin,
      "x-forwarded-for": options.ip ?? `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.7`,
    },
  });
}

const send = (request: Request, afterLeadInsert?: () => Promise<void>) =>
  handleConsultationSubmission(request, { storage, afterLeadInsert });

beforeAll(async () => {
  storageDir = await mkdtemp(path.join(os.tmpdir(), "careport-uploads-"));
  storage = createLocalFileStorage({ directory: storageDir, masterKey: randomBytes(32) });
});

afterAll(async () => {
  await resetSetting("rateLimit");
  await resetSetting("coordinatorEmails");
});

describe("POST /api/consultations", () => {
  it("stores a valid request with its files, encrypted, and answers with a reference", async () => {
    const files = [
      { name: "ct-report.pdf", bytes: pdf() },
      { name: "scan.jpg", bytes: jpeg() },
    ];
    const data = answers();
    const response = await send(submission({ data, files }));
    expect(response.status).toBe(201);
    const body = (await response.json()) as { reference: string; respondBy: string };
    expect(body.reference).toMatch(/^CP-[A-Z0-9]{4}-[A-Z0-9]{4}$/);

    const lead = await db.lead.findUniqueOrThrow({
      where: { reference: body.reference },
      include: { files: true, recordChecks: { include: { recordType: true } }, treatment: true },
    });
    expect(lead).toMatchObject({ status: "NEW", phone: "+380671234567", locale: "uk", timeZone: "Europe/Kyiv" });
    expect(lead.treatment?.slug).toBe("y90-radioembolization");
    expect(lead.respondBy.toISOString()).toBe(body.respondBy);
    expect(lead.consentVersion).toBe(CONSENT_VERSION);
    expect(lead.ipHash).toMatch(/^[a-f0-9]{64}$/);
    expect(lead.utm).toEqual({ utm_source: "newsletter" });
    const covered = lead.recordChecks.filter((check) => check.covered).map((check) => check.recordType.key);
    expect(covered).toEqual(["recent-ct-mri"]);
    expect(lead.recordChecks.length).toBeGreaterThan(1);

    expect(lead.files.map((file) => [file.originalName, file.detectedType, file.scanStatus])).toEqual([
      ["ct-report.pdf", "pdf", "NOT_SCANNED"],
      ["scan.jpg", "jpeg", "NOT_SCANNED"],
    ]);
    for (const [index, file] of lead.files.entries()) {
      const original = files[index]!.bytes;
      expect(file.sha256).toBe(createHash("sha256").update(original).digest("hex"));
      expect((await buffer(await storage.read(file.storageKey))).equals(original)).toBe(true);
    }
  });

  it("writes the coordinator and patient notifications in the lead's transaction (the outbox)", async () => {
    await updateSetting("coordinatorEmails", ["coordinators@careport.example"]);
    const response = await send(submission({}));
    const { reference } = (await response.json()) as { reference: string };
    const lead = await db.lead.findUniqueOrThrow({ where: { reference }, include: { notifications: true } });
    expect(lead.notifications.map((n) => [n.kind, n.status, n.recipients]).sort()).toEqual([
      ["COORDINATOR_NEW_LEAD", "PENDING", ["coordinators@careport.example"]],
      ["PATIENT_CONFIRMATION", "PENDING", []],
    ]);
  });

  it("answers each invalid field with a translatable error and stores nothing", async () => {
    const before = await storedFileCount();
    const data = answers({ email: "olena@", phoneNumber: "12", consent: false });
    const response = await send(submission({ data, files: [{ name: "a.pdf", bytes: pdf() }] }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: "validation",
      fields: { email: "invalidEmail", consent: "consentRequired", phoneNumber: "invalidPhone" },
    });
    expect(await db.lead.count({ where: { submissionId: data.submissionId } })).toBe(0);
    expect(await storedFileCount()).toBe(before);
  });

  it("rejects unknown fields and unknown catalog slugs", async () => {
    const unknown = await send(submission({ data: answers({ isAdmin: true }) }));
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual({ error: "validation", fields: { form: "invalid" } });
    const notAnObject = await send(submission({ data: null as unknown as Record<string, unknown> }));
    expect(await notAnObject.json()).toEqual({ error: "validation", fields: { form: "invalid" } });
    const response = await send(submission({ data: answers({ clinic: "no-such-clinic" }) }));
    expect(await response.json()).toEqual({ error: "validation", fields: { clinic: "invalid" } });
  });

  it("refuses a file whose name says PDF but whose bytes do not", async () => {
    const before = await storedFileCount();
    const response = await send(submission({ files: [{ name: "ok.pdf", bytes: pdf() }, { name: "report.pdf", bytes: png() }] }));
    expect(response.status).toBe(415);
    expect(await response.json()).toEqual({ error: "fileType", file: "report.pdf" });
    expect(await storedFileCount()).toBe(before);
  });

  it("enforces the file count, the per-file size and the total size", async () => {
    const before = await storedFileCount();
    const eleven = Array.from({ length: 11 }, (_, i) => ({ name: `${i}.pdf`, bytes: pdf(100) }));
    expect(await (await send(submission({ files: eleven }))).json()).toMatchObject({ error: "tooManyFiles" });

    const big = await send(submission({ files: [{ name: "huge.pdf", bytes: pdf(20 * mb) }] }));
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({ error: "fileTooLarge", file: "huge.pdf" });

    const three = Array.from({ length: 3 }, (_, i) => ({ name: `${i}.pdf`, bytes: pdf(19 * mb) }));
    const total = await send(submission({ files: three }));
    expect(total.status).toBe(413);
    expect(await total.json()).toMatchObject({ error: "totalTooLarge" });
    expect(await storedFileCount()).toBe(before);
  });

  it("refuses a cross-origin request", async () => {
    const response = await send(submission({ origin: "https://evil.example" }));
    expect(response.status).toBe(403);
  });

  it("quarantines submissions that trip the honeypot or the time trap, while looking accepted", async () => {
    const honeypot = await send(submission({ meta: { website: "http://spam.example" } }));
    expect(honeypot.status).toBe(201);
    const fast = await send(submission({ meta: { formToken: createFormToken(new Date()) } }));
    expect(fast.status).toBe(201);
    const forged = await send(submission({ meta: { formToken: `${Date.now() - 60_000}.forged` } }));
    for (const [response, reason] of [
      [honeypot, "honeypot"],
      [fast, "too-fast"],
      [forged, "form-token"],
    ] as const) {
      const { reference } = (await response.json()) as { reference: string };
      const lead = await db.lead.findUniqueOrThrow({ where: { reference }, include: { notifications: true } });
      expect(lead).toMatchObject({ status: "QUARANTINED", spamReason: reason });
      expect(lead.notifications).toEqual([]);
    }
  });

  it("limits requests per IP address and says when to retry", async () => {
    await updateSetting("rateLimit", { max: 2, windowSeconds: 600 });
    const ip = "203.0.113.99";
    expect((await send(submission({ ip }))).status).toBe(201);
    expect((await send(submission({ ip }))).status).toBe(201);
    const limited = await send(submission({ ip }));
    expect(limited.status).toBe(429);
    expect(await limited.json()).toMatchObject({ error: "rateLimited" });
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await send(submission({ ip: "203.0.113.100" }))).status).toBe(201);
    await resetSetting("rateLimit");
  });

  it("returns the first lead's reference when a submission is retried", async () => {
    const data = answers();
    const files = [{ name: "a.pdf", bytes: pdf() }];
    const first = (await (await send(submission({ data, files }))).json()) as { reference: string };
    const before = await storedFileCount();
    const retry = await send(submission({ data, files }));
    expect(retry.status).toBe(200);
    expect(((await retry.json()) as { reference: string }).reference).toBe(first.reference);
    expect(await db.lead.count({ where: { submissionId: data.submissionId } })).toBe(1);
    expect(await storedFileCount()).toBe(before);
  });

  it("leaves no lead, no file and no notification when the transaction fails after the files were stored", async () => {
    const before = await storedFileCount();
    const notificationsBefore = await db.notification.count();
    const logged = vi.spyOn(logger, "error").mockImplementation(() => {});
    const data = answers();
    const response = await send(submission({ data, files: [{ name: "a.pdf", bytes: pdf() }] }), async () => {
      throw new Error("a bug after the lead row");
    });
    expect(logged).toHaveBeenCalledWith({ err: expect.any(Error) }, "Consultation request failed");
    // A bug is a 500 the patient can quote, not a 503 that tells clients to retry.
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: "serverError", requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(await db.notification.count()).toBe(notificationsBefore);
    expect(await db.lead.count({ where: { submissionId: data.submissionId } })).toBe(0);
    expect(await storedFileCount()).toBe(before);
  });
});

describe("POST /api/consultations with hostile input", () => {
  beforeAll(() => updateSetting("rateLimit", { max: 10_000, windowSeconds: 600 }));
  afterAll(() => resetSetting("rateLimit"));

  const refusedWithoutTrace = async (request: Request, status: number[], body: Record<string, unknown>) => {
    const before = await storedFileCount();
    const leadsBefore = await db.lead.count();
    const response = await send(request);
    expect(status).toContain(response.status);
    expect(await response.json()).toEqual(body);
    expect(await db.lead.count()).toBe(leadsBefore);
    expect(await storedFileCount()).toBe(before);
  };

  it("answers a malformed multipart content type with a 4xx, not a server error", async () => {
    const base = submission({ files: [{ name: "a.pdf", bytes: pdf() }] });
    const bytes = await base.arrayBuffer();
    for (const contentType of [
      "multipart/form-data",
      "multipart/form-data;",
      "multipart/form-data; boundary=",
      'multipart/form-data; boundary=""',
      "multipart/form-dataX; boundary=b",
      "multipart/form-data; boundary=" + "b".repeat(71),
      "text/plain",
      "",
    ]) {
      const headers = new Headers(base.headers);
      headers.set("content-type", contentType);
      const request = new Request(base.url, { method: "POST", body: bytes, headers });
      await refusedWithoutTrace(request, [400, 415], { error: "invalidRequest" });
    }
  });

  it("refuses control characters in a name or phone number, naming the field", async () => {
    const response = await send(submission({ data: answers({ fullName: "Olena\u0000Kovalenko", phoneNumber: "067\n123 4567" }) }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: "validation",
      fields: { fullName: "invalidCharacters", phoneNumber: "invalidCharacters" },
    });
  });

  it("keeps line breaks and tabs in the message, drops other control characters and stores NFC", async () => {
    const data = answers({ fullName: "Zoe\u0301 Ku\u0308hn", message: "Line one\r\nline\u0000 two\tend\u0007" });
    const response = await send(submission({ data }));
    expect(response.status).toBe(201);
    const lead = await db.lead.findUniqueOrThrow({ where: { submissionId: data.submissionId as string } });
    expect(lead.fullName).toBe("Zoé Kühn");
    expect(lead.message).toBe("Line one\nline two\tend");
  });

  it("counts a message of zero-width characters as empty", async () => {
    const response = await send(submission({ data: answers({ message: "\u200b\u200c\u200d\ufeff \n" }) }));
    expect(await response.json()).toEqual({ error: "validation", fields: { message: "required" } });
  });

  it("drops attribution that carries control characters and still takes the request", async () => {
    const data = answers();
    const meta = { sourcePath: "/uk\u0000/x", referrer: "https://ref.example/\u0000", utm: { utm_source: "news\u0000letter" } };
    const response = await send(submission({ data, meta }));
    expect(response.status).toBe(201);
    const lead = await db.lead.findUniqueOrThrow({ where: { submissionId: data.submissionId as string } });
    expect([lead.sourcePath, lead.referrer, lead.utm]).toEqual([null, null, null]);
  });

  it("stores file names without bidi controls, and keeps the extension of a name cut to 200 characters", async () => {
    const data = answers();
    const long = `${"scan-".repeat(80)}.pdf`;
    const files = [
      { name: "report\u202egpj.pdf", bytes: pdf() },
      { name: long, bytes: pdf() },
    ];
    expect((await send(submission({ data, files }))).status).toBe(201);
    const stored = await db.leadFile.findMany({ where: { lead: { submissionId: data.submissionId as string } }, orderBy: { createdAt: "asc" } });
    const names = stored.map((file) => file.originalName).sort((a, b) => a.length - b.length);
    expect(names[0]).toBe("reportgpj.pdf");
    expect(names[1]).toHaveLength(200);
    expect(names[1]).toMatch(/^scan-scan-.*\.pdf$/);
  });

  it("answers 503 when storage is unavailable, and 503 only then", async () => {
    const logged = vi.spyOn(logger, "error").mockImplementation(() => {});
    const full = { ...storage, write: async () => Promise.reject(Object.assign(new Error("no space left"), { code: "ENOSPC" })) };
    const response = await handleConsultationSubmission(submission({ files: [{ name: "a.pdf", bytes: pdf() }] }), { storage: full });
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: "unavailable" });
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(logged).toHaveBeenCalledOnce();
  });
});
