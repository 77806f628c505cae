import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { beforeEach, describe, expect, it } from "vitest";
import { fileOfKey } from "@/tests/support/stored-files";
import { HEADER_BYTES } from "./envelope";
import { createLocalFileStorage } from "./local-file-storage";
import { SEGMENT_BYTES, TAG_BYTES } from "./segmented-cipher";

const masterKey = randomBytes(32);
let directory: string;

async function readAll(stream: Readable) {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function allFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

describe("local encrypted file storage", () => {
  beforeEach(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), "careport-storage-"));
  });

  it("round-trips content and reports its size and sha256", async () => {
    const storage = createLocalFileStorage({ directory, masterKey });
    const content = randomBytes(3 * 1024 * 1024 + 17);
    const stored = await storage.write(Readable.from([content.subarray(0, 1000), content.subarray(1000)]));
    expect(stored.size).toBe(content.length);
    expect(stored.sha256).toBe(createHash("sha256").update(content).digest("hex"));
    expect((await readAll(await storage.read(stored.key))).equals(content)).toBe(true);
  });

  const sizes = [0, 1, SEGMENT_BYTES - 1, SEGMENT_BYTES, SEGMENT_BYTES + 1, 2 * SEGMENT_BYTES - 1, 2 * SEGMENT_BYTES, 2 * SEGMENT_BYTES + 1];
  it.each(sizes.flatMap((size) => [7919, SEGMENT_BYTES].map((chunkSize) => [size, chunkSize])))(
    "round-trips %i bytes arriving in chunks of %i, at 16 bytes per 64 KiB segment",
    async (size, chunkSize) => {
      const storage = createLocalFileStorage({ directory, masterKey });
      const content = randomBytes(size);
      const chunks = [];
      for (let offset = 0; offset < size; offset += chunkSize) chunks.push(content.subarray(offset, offset + chunkSize));
      const stored = await storage.write(Readable.from(chunks));
      expect((await readAll(await storage.read(stored.key))).equals(content)).toBe(true);
      const segments = Math.max(1, Math.ceil(size / SEGMENT_BYTES));
      expect((await readFile(await fileOfKey(directory, stored.key))).length).toBe(HEADER_BYTES + size + segments * TAG_BYTES);
    },
  );

  it("never writes the plaintext to disk", async () => {
    const storage = createLocalFileStorage({ directory, masterKey });
    const secret = Buffer.from("Diagnosis: colorectal liver metastases, patient Jane Example ".repeat(100));
    await storage.write(Readable.from([secret]));
    const [file] = await allFiles(directory);
    const onDisk = await readFile(file!);
    expect(onDisk.includes(Buffer.from("Jane Example"))).toBe(false);
    expect(onDisk.length).toBeGreaterThan(secret.length);
  });

  it("refuses to decrypt with another master key or tampered bytes", async () => {
    const storage = createLocalFileStorage({ directory, masterKey });
    const stored = await storage.write(Readable.from([Buffer.from("x".repeat(5000))]));
    const otherKey = createLocalFileStorage({ directory, masterKey: randomBytes(32) });
    await expect(otherKey.read(stored.key).then(text)).rejects.toThrow();

    const [file] = await allFiles(directory);
    const bytes = await readFile(file!);
    bytes[bytes.length - 100]! ^= 0xff;
    await writeFile(file!, bytes);
    await expect(storage.read(stored.key).then(readAll)).rejects.toThrow();
  });

  it("keeps nothing when the incoming stream fails midway", async () => {
    const storage = createLocalFileStorage({ directory, masterKey });
    const failing = new Readable({
      read() {
        this.push(randomBytes(64 * 1024));
        this.destroy(new Error("connection reset"));
      },
    });
    await expect(storage.write(failing)).rejects.toThrow("connection reset");
    expect(await allFiles(directory)).toEqual([]);
  });

  it("deletes files and rejects keys that could escape the folder", async () => {
    const storage = createLocalFileStorage({ directory, masterKey });
    const stored = await storage.write(Readable.from([Buffer.from("record")]));
    expect(await storage.exists(stored.key)).toBe(true);
    await storage.delete(stored.key);
    expect(await storage.exists(stored.key)).toBe(false);
    await expect(storage.read("../../etc/passwd")).rejects.toThrow("Invalid storage key");
  });

  it("stores an empty file", async () => {
    const storage = createLocalFileStorage({ directory, masterKey });
    const stored = await storage.write(Readable.from([]));
    expect(stored.size).toBe(0);
    expect((await readAll(await storage.read(stored.key))).length).toBe(0);
  });
});
