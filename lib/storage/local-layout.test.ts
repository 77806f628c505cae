import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readdir, rename, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { beforeEach, describe, expect, it } from "vitest";
import { moveLegacyLeadFiles } from "./legacy-layout";
import { createLocalFileStorage } from "./local-file-storage";
import { storagePath } from "./local-layout";

const masterKey = randomBytes(32);
const hourAgo = () => new Date(Date.now() - 60 * 60 * 1000);
let directory: string;

async function filesUnder(folder: string) {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
}

async function place(relativePath: string, content = "x") {
  const file = path.join(directory, relativePath);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  return file;
}

async function listAll(storage: ReturnType<typeof createLocalFileStorage>) {
  const objects = [];
  for await (const object of storage.list()) objects.push(object);
  return objects;
}

describe("local storage layout", () => {
  beforeEach(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), "careport-layout-"));
  });

  it("keeps each namespace in its own folder and lists only its own files", async () => {
    const leads = createLocalFileStorage({ directory, masterKey, namespace: "leads" });
    const uploads = createLocalFileStorage({ directory, masterKey, namespace: "uploads-in-progress" });
    const lead = await leads.write(Readable.from([Buffer.from("scan")]));
    const upload = await uploads.write(Readable.from([Buffer.from("part")]));
    expect(await filesUnder(directory)).toEqual(
      expect.arrayContaining([path.join("leads", lead.key.slice(0, 2), lead.key), path.join("uploads-in-progress", upload.key.slice(0, 2), upload.key)]),
    );
    const unfinishedKey = randomBytes(16).toString("hex");
    await place(path.join("leads", unfinishedKey.slice(0, 2), `${unfinishedKey}.partial`));
    await place(path.join("leads", "ab", "notes.txt"));
    await place(path.join("leads", "not-a-subfolder", randomBytes(16).toString("hex")));

    const listed = await listAll(leads);
    expect(listed.map(({ key, unfinished }) => ({ key, unfinished }))).toEqual(
      expect.arrayContaining([{ key: lead.key, unfinished: false }, { key: unfinishedKey, unfinished: true }]),
    );
    expect(listed).toHaveLength(2);
    expect(listed.every((object) => Math.abs(object.modifiedAt.getTime() - Date.now()) < 60_000)).toBe(true);
    expect(await listAll(createLocalFileStorage({ directory, masterKey, namespace: "public" }))).toEqual([]);
  });

  it("deletes a file's abandoned unfinished write with it", async () => {
    const storage = createLocalFileStorage({ directory, masterKey });
    const key = randomBytes(16).toString("hex");
    await place(path.join("leads", key.slice(0, 2), `${key}.partial`));
    await storage.delete(key);
    expect(await listAll(storage)).toEqual([]);
  });

  it("refuses keys and namespaces that could leave the folder", () => {
    const key = randomBytes(16).toString("hex");
    expect(() => storagePath(directory, "leads", "../../etc/passwd")).toThrow("Invalid storage key");
    expect(() => storagePath(directory, "leads", `${key}/..`)).toThrow("Invalid storage key");
    expect(() => storagePath(directory, "../.." as "leads", key)).toThrow("Invalid storage key");
  });

  it("moves the old layout's files into the lead files' folder, finishing after a crash and changing nothing when run again", async () => {
    const storage = createLocalFileStorage({ directory, masterKey });
    const keys = [];
    for (let index = 0; index < 3; index += 1) {
      const stored = await storage.write(Readable.from([Buffer.from(`record ${index}`)]));
      await rename(storagePath(directory, "leads", stored.key), await place(path.join(stored.key.slice(0, 2), stored.key)));
      keys.push(stored.key);
    }
    const [movedBeforeCrash] = keys;
    await rename(path.join(directory, movedBeforeCrash!.slice(0, 2), movedBeforeCrash!), storagePath(directory, "leads", movedBeforeCrash!));
    const writing = randomBytes(16).toString("hex");
    const abandoned = randomBytes(16).toString("hex");
    await place(path.join(writing.slice(0, 2), `${writing}.partial`));
    const abandonedFile = await place(path.join(abandoned.slice(0, 2), `${abandoned}.partial`));
    await utimes(abandonedFile, hourAgo(), hourAgo());

    expect(await moveLegacyLeadFiles(directory, new Date(Date.now() - 60_000))).toBe(3);
    expect(await moveLegacyLeadFiles(directory, new Date(Date.now() - 60_000))).toBe(0);
    for (const [index, key] of keys.entries()) expect(await text(await storage.read(key))).toBe(`record ${index}`);
    expect(await filesUnder(directory)).toEqual(
      expect.arrayContaining([path.join(writing.slice(0, 2), `${writing}.partial`), path.join("leads", abandoned.slice(0, 2), `${abandoned}.partial`)]),
    );
    expect((await listAll(storage)).length).toBe(4);
  });
});
