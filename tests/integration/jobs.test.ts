import { randomBytes } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { logger } from "@/lib/logger";
import { db } from "@/lib/db";
import { runDueJobs, type Job } from "@/lib/jobs/runner";
import { purgeQuarantinedLeads } from "@/lib/leads/purge-quarantined";
import { generateReference } from "@/lib/leads/reference";
import { createLocalFileStorage } from "@/lib/storage/local-file-storage";
import { validConsultation } from "@/tests/fixtures/consultation";

const day = 24 * 60 * 60 * 1000;

async function leadWithFile(status: "NEW" | "QUARANTINED", ageDays: number, storage: ReturnType<typeof createLocalFileStorage>) {
  const answers = validConsultation();
  const stored = await storage.write(Readable.from([randomBytes(100)]));
  const createdAt = new Date(Date.now() - ageDays * day);
  return db.lead.create({
    data: {
      reference: generateReference(),
      submissionId: answers.submissionId,
      status,
      fullName: answers.fullName,
      email: answers.email,
      countryCode: answers.countryCode,
      phone: "+380671234567",
      contactChannel: "EMAIL",
      preferredLanguage: "en",
      message: answers.message,
      writerRole: "PATIENT",
      consentVersion: answers.consentVersion,
      consentedAt: createdAt,
      locale: "en",
      timeZone: "Europe/Kyiv",
      respondBy: createdAt,
      createdAt,
      files: {
        create: { storageKey: stored.key, originalName: "a.pdf", detectedType: "pdf", size: stored.size, sha256: stored.sha256 },
      },
    },
    include: { files: true },
  });
}

describe("periodic jobs", () => {
  beforeEach(async () => {
    await db.scheduledJob.deleteMany({ where: { name: { startsWith: "test-" } } });
  });

  it("runs a due job once, even when two runners ask at the same time", async () => {
    let runs = 0;
    const job: Job = { name: "test-once", everySeconds: 3600, run: async () => void (runs += 1) };
    const [first, second] = await Promise.all([runDueJobs([job]), runDueJobs([job])]);
    expect([...first, ...second]).toEqual(["test-once"]);
    expect(runs).toBe(1);
    expect(await runDueJobs([job])).toEqual([]);
  });

  it("records a failure and runs the job again when it is next due", async () => {
    const job: Job = { name: "test-failing", everySeconds: 0, run: async () => Promise.reject(new Error("smtp down")) };
    const logged = vi.spyOn(logger, "error").mockImplementation(() => {});
    expect(await runDueJobs([job])).toEqual(["test-failing"]);
    expect(logged).toHaveBeenCalledWith({ err: expect.any(Error), job: "test-failing" }, "A job failed");
    expect(await db.scheduledJob.findUnique({ where: { name: "test-failing" } })).toMatchObject({
      lastError: "smtp down",
      leaseUntil: null,
    });
    expect(await runDueJobs([{ ...job, run: async () => {} }])).toEqual(["test-failing"]);
  });

  it("purges quarantined spam after the retention period, with its files, and keeps everything else", async () => {
    const storage = createLocalFileStorage({
      directory: await mkdtemp(path.join(os.tmpdir(), "careport-purge-")),
      masterKey: randomBytes(32),
    });
    const oldSpam = await leadWithFile("QUARANTINED", 31, storage);
    const recentSpam = await leadWithFile("QUARANTINED", 5, storage);
    const oldLead = await leadWithFile("NEW", 90, storage);

    expect(await purgeQuarantinedLeads(storage, 30)).toBeGreaterThanOrEqual(1);
    expect(await db.lead.findUnique({ where: { id: oldSpam.id } })).toBeNull();
    expect(await storage.exists(oldSpam.files[0]!.storageKey)).toBe(false);
    expect(await db.lead.findUnique({ where: { id: recentSpam.id } })).not.toBeNull();
    expect(await db.lead.findUnique({ where: { id: oldLead.id } })).not.toBeNull();
    expect(await storage.exists(oldLead.files[0]!.storageKey)).toBe(true);
  });
});
