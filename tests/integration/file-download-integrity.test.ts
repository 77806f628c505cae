import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { serveLeadFile } from "@/lib/leads/lead-file-download";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { HEADER_BYTES } from "@/lib/storage/envelope";
import { SEGMENT_BYTES, TAG_BYTES } from "@/lib/storage/segmented-cipher";
import { createTestLead } from "@/tests/factories/lead";
import { createStaff, signedInCookie } from "@/tests/factories/staff";
import { fileOfKey } from "@/tests/support/stored-files";

const pdf = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(4 * SEGMENT_BYTES)]);

/** Holds back writes to the leads' history for `ms`, as a busy database would, while `work` runs. */
async function withSlowHistory<T>(ms: number, work: () => Promise<T>): Promise<T> {
  const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await holder.connect();
  await holder.query(`BEGIN; LOCK TABLE "LeadActivity" IN SHARE MODE`);
  const released = sleep(ms).then(() => holder.query("COMMIT")).finally(() => holder.end());
  try {
    return await work();
  } finally {
    await released;
  }
}

/** A lead's stored file with one byte changed at `offset` on disk, and a coordinator's request for it. */
async function tamperedDownload(offset: number, options: { historyDelayMs?: number } = {}) {
  const account = await createStaff();
  const lead = await createTestLead({ files: [{ name: "scan.pdf", type: "pdf", bytes: pdf }] });
  const [file] = lead.files;
  const stored = await fileOfKey(path.resolve(env.UPLOAD_DIR), file!.storageKey);
  const bytes = await readFile(stored);
  bytes[offset]! ^= 0x01;
  await writeFile(stored, bytes);
  const request = new Request(`http://localhost/api/admin/files/${file!.id}`, { headers: { cookie: await signedInCookie(account) } });
  const serve = () => serveLeadFile(request, file!.id);
  return { lead, response: await (options.historyDelayMs ? withSlowHistory(options.historyDelayMs, serve) : serve()) };
}

async function receivedUntilError(body: ReadableStream<Uint8Array>) {
  const received: Uint8Array[] = [];
  const reader = body.getReader();
  const error = await (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return undefined;
      received.push(value);
    }
  })().catch((failure: unknown) => failure as Error);
  return { received: Buffer.concat(received), error };
}

describe("downloading a file changed on disk", () => {
  it("breaks off before the changed segment: the coordinator gets none of its bytes, and it is logged", async () => {
    const logged = vi.spyOn(logger, "error").mockImplementation(() => {});
    const { response } = await tamperedDownload(HEADER_BYTES + 2 * (SEGMENT_BYTES + TAG_BYTES) + 10);
    expect(response.status).toBe(200);
    const { received, error } = await receivedUntilError(response.body!);
    expect(error?.message).toMatch("integrity check (segment 2)");
    expect(received.length).toBeLessThanOrEqual(2 * SEGMENT_BYTES);
    expect(received.equals(pdf.subarray(0, received.length))).toBe(true);
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ fileId: expect.any(String) }), "A lead file failed its integrity check while streaming");
  });

  it("breaks off the same way when recording the download in the history is slow", async () => {
    const logged = vi.spyOn(logger, "error").mockImplementation(() => {});
    const { response } = await tamperedDownload(HEADER_BYTES + 2 * (SEGMENT_BYTES + TAG_BYTES) + 10, { historyDelayMs: 1_000 });
    expect(response.status).toBe(200);
    const { received, error } = await receivedUntilError(response.body!);
    expect(error?.message).toMatch("integrity check (segment 2)");
    expect(received.equals(pdf.subarray(0, received.length))).toBe(true);
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ fileId: expect.any(String) }), "A lead file failed its integrity check while streaming");
  });

  it("is refused with a 503 and nothing in the history when the header was changed", async () => {
    const logged = vi.spyOn(logger, "error").mockImplementation(() => {});
    const { lead, response } = await tamperedDownload(10);
    expect(response.status).toBe(503);
    expect(await response.text()).not.toContain("%PDF");
    expect(logged).toHaveBeenCalledOnce();
    expect(await db.leadActivity.count({ where: { leadId: lead.id, type: "FILE_DOWNLOADED" } })).toBe(0);
  });
});
