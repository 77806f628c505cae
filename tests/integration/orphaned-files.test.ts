import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { mkdir, readdir, rename, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { jobs } from "@/lib/jobs/jobs";
import { runDueJobs } from "@/lib/jobs/runner";
import { sweepOrphanedFiles, UNFINISHED_FILE_AGE_SECONDS } from "@/lib/leads/sweep-orphaned-files";
import { parseTrustedProxies } from "@/lib/security/trusted-proxies";
import { fileStorage } from "@/lib/storage/storage";
import { MAX_UPLOAD_SECONDS } from "@/lib/validation/consultation-files";
import { createProductionServer } from "@/scripts/lib/production-server";
import { createTestLead } from "@/tests/factories/lead";

const uploadDir = path.resolve(env.UPLOAD_DIR);
const sweepJob = jobs.filter((job) => job.name === "sweep-orphaned-files");
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 60 * 60 * 1000);

async function allFiles(): Promise<string[]> {
  const entries = await readdir(uploadDir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

const filesOf = async (key: string) => (await allFiles()).filter((file) => path.basename(file).startsWith(key));

async function backdate(files: string[], hours: number) {
  for (const file of files) await utimes(file, hoursAgo(hours), hoursAgo(hours));
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 30_000) {
  for (const start = Date.now(); !(await condition()); ) {
    if (Date.now() - start > timeoutMs) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A process that stored one file and is streaming a second when it is killed with SIGKILL. */
async function crashMidUpload() {
  const partialsBefore = new Set((await allFiles()).filter((file) => file.endsWith(".partial")));
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/fixtures/slow-file-writer.ts"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const newPartials = async () => (await allFiles()).filter((file) => file.endsWith(".partial") && !partialsBefore.has(file));
  await until(async () => output.includes("writing") && (await newPartials()).length === 1);
  child.kill("SIGKILL");
  await once(child, "exit");
  const completeKey = /stored ([a-f0-9]{32})/.exec(output)?.[1];
  if (!completeKey) throw new Error("the child stored no file");
  return { completeKey, partials: await newPartials() };
}

async function leadWithOldFile() {
  const lead = await createTestLead({ files: [{ name: "ct.pdf", type: "pdf", bytes: Buffer.from(`%PDF-1.7 ${"x".repeat(500)}`) }] });
  const key = lead.files[0]!.storageKey;
  await backdate(await filesOf(key), 48);
  return key;
}

describe("files a crash left behind", () => {
  beforeEach(async () => {
    await db.scheduledJob.deleteMany({ where: { name: "sweep-orphaned-files" } });
  });

  it("are deleted by the sweep job once old enough, while a lead's files stay", async () => {
    const { completeKey, partials } = await crashMidUpload();
    expect(await filesOf(completeKey)).toHaveLength(1);
    expect(partials).toHaveLength(1);
    const leadKey = await leadWithOldFile();
    const recentOrphan = await crashMidUpload();

    await backdate([...(await filesOf(completeKey)), ...partials], 2);
    expect(await runDueJobs(sweepJob)).toEqual(["sweep-orphaned-files"]);

    expect(await filesOf(completeKey)).toEqual([]);
    for (const partial of partials) expect(await allFiles()).not.toContain(partial);
    expect(await fileStorage.exists(leadKey)).toBe(true);
    // Younger than any upload can last: its request could still be about to commit its lead.
    expect(await filesOf(recentOrphan.completeKey)).toHaveLength(1);
    expect(await db.scheduledJob.findUnique({ where: { name: "sweep-orphaned-files" } })).toMatchObject({ lastError: null });
  });

  it("waits longer than the production server lets an upload last", () => {
    // The sweep's safety rests on this: a request that could still write a file or commit its lead is cut first.
    const server = createProductionServer(async () => {}, parseTrustedProxies(""), { headersTimeoutMs: 20_000 });
    expect(server.requestTimeout).toBeGreaterThan(0);
    expect(server.requestTimeout).toBeLessThanOrEqual(MAX_UPLOAD_SECONDS * 1000);
    expect(UNFINISHED_FILE_AGE_SECONDS).toBeGreaterThan(MAX_UPLOAD_SECONDS);
  });

  it("is safe when two instances sweep at once", async () => {
    const leadKey = await leadWithOldFile();
    const orphans = await Promise.all(Array.from({ length: 30 }, () => fileStorage.write(Readable.from([randomBytes(64)]))));
    for (const orphan of orphans) await backdate(await filesOf(orphan.key), 2);

    const [first, second] = await Promise.all([runDueJobs(sweepJob), runDueJobs(sweepJob)]);
    expect([...first, ...second]).toEqual(["sweep-orphaned-files"]);
    for (const orphan of orphans) expect(await fileStorage.exists(orphan.key)).toBe(false);

    // A sweep outlasting its lease can overlap the next one: both finish and agree.
    const more = await Promise.all(Array.from({ length: 30 }, () => fileStorage.write(Readable.from([randomBytes(64)]))));
    for (const orphan of more) await backdate(await filesOf(orphan.key), 2);
    await Promise.all([sweepOrphanedFiles(fileStorage), sweepOrphanedFiles(fileStorage)]);
    for (const orphan of more) expect(await fileStorage.exists(orphan.key)).toBe(false);
    expect(await fileStorage.exists(leadKey)).toBe(true);
  });

  it("never touches uploads in progress or public images", async () => {
    const key = () => randomBytes(16).toString("hex");
    const others = [
      path.join(uploadDir, "uploads-in-progress", "ab", key()),
      path.join(uploadDir, "uploads-in-progress", "cd", `${key()}.partial`),
      path.join(uploadDir, "public", "clinics", "front.jpg"),
      path.join(uploadDir, "public", "ef", key()),
    ];
    for (const file of others) {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, "kept");
    }
    await backdate(others, 24 * 30);
    expect(await runDueJobs(sweepJob)).toEqual(["sweep-orphaned-files"]);
    for (const file of others) expect(await allFiles()).toContain(file);
  });

  it("moves files stored in the old layout to the lead files' folder, where they stay readable", async () => {
    const content = Buffer.from(`%PDF-1.7 ${"y".repeat(300)}`);
    const lead = await createTestLead({ files: [{ name: "mri.pdf", type: "pdf", bytes: content }] });
    const leadKey = lead.files[0]!.storageKey;
    const oldOrphan = await fileStorage.write(Readable.from([randomBytes(64)]));
    const legacyPath = (storageKey: string) => path.join(uploadDir, storageKey.slice(0, 2), storageKey);
    for (const storageKey of [leadKey, oldOrphan.key]) {
      const [current] = await filesOf(storageKey);
      await mkdir(path.dirname(legacyPath(storageKey)), { recursive: true });
      await rename(current!, legacyPath(storageKey));
    }
    await backdate([legacyPath(leadKey), legacyPath(oldOrphan.key)], 2);

    expect(await runDueJobs(sweepJob)).toEqual(["sweep-orphaned-files"]);
    expect(await filesOf(leadKey)).toEqual([path.join(uploadDir, "leads", leadKey.slice(0, 2), leadKey)]);
    expect((await buffer(await fileStorage.read(leadKey))).equals(content)).toBe(true);
    expect(await filesOf(oldOrphan.key)).toEqual([]);
  });
});
