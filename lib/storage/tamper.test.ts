import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { beforeEach, describe, expect, it } from "vitest";
import { fileOfKey, readUntilError } from "@/tests/support/stored-files";
import { HEADER_BYTES } from "./envelope";
import { createLocalFileStorage } from "./local-file-storage";
import { SEGMENT_BYTES, TAG_BYTES } from "./segmented-cipher";

const masterKey = randomBytes(32);
const sealed = SEGMENT_BYTES + TAG_BYTES;
const segmentAt = (index: number) => HEADER_BYTES + index * sealed;
// Six segments: five full ones and a short last one.
const content = randomBytes(5 * SEGMENT_BYTES + 1000);
const segmentsBefore = (index: number) => content.subarray(0, index * SEGMENT_BYTES);
let storage: ReturnType<typeof createLocalFileStorage>;
let directory: string;

async function stored() {
  const { key } = await storage.write(Readable.from([content]));
  const file = await fileOfKey(directory, key);
  return { key, file, bytes: await readFile(file) };
}

async function readTampered(key: string, file: string, bytes: Buffer) {
  await writeFile(file, bytes);
  return readUntilError(storage.read(key));
}

describe("a tampered stored file stops before the first bad segment", () => {
  beforeEach(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), "careport-tamper-"));
    storage = createLocalFileStorage({ directory, masterKey });
  });

  it("lays segments out as the tests below assume", async () => {
    const { bytes } = await stored();
    expect(bytes.length).toBe(segmentAt(5) + 1000 + TAG_BYTES);
  });

  it.each([0, 2, 5])("a changed byte in segment %i: only the segments before it are released", async (index) => {
    const { key, file, bytes } = await stored();
    bytes[segmentAt(index) + 100]! ^= 0x01;
    const { emitted, error } = await readTampered(key, file, bytes);
    expect(error?.message).toMatch(`integrity check (segment ${index})`);
    expect(emitted.equals(segmentsBefore(index))).toBe(true);
  });

  it("a changed tag is caught like a changed byte", async () => {
    const { key, file, bytes } = await stored();
    bytes[segmentAt(4) - 1]! ^= 0x80;
    const { emitted, error } = await readTampered(key, file, bytes);
    expect(error?.message).toMatch("integrity check (segment 3)");
    expect(emitted.equals(segmentsBefore(3))).toBe(true);
  });

  it("the last segment dropped: the file no longer ends on a last segment", async () => {
    const { key, file, bytes } = await stored();
    const { emitted, error } = await readTampered(key, file, bytes.subarray(0, segmentAt(5)));
    expect(error?.message).toMatch("integrity check (segment 4)");
    expect(emitted.equals(segmentsBefore(4))).toBe(true);
  });

  it("cut inside a segment, or down to the header", async () => {
    const { key, file, bytes } = await stored();
    const cut = await readTampered(key, file, bytes.subarray(0, segmentAt(3) + 500));
    expect(cut.error?.message).toMatch("integrity check (segment 3)");
    expect(cut.emitted.equals(segmentsBefore(3))).toBe(true);
    const headerOnly = await readTampered(key, file, bytes.subarray(0, HEADER_BYTES));
    expect(headerOnly.error?.message).toMatch("integrity check (segment 0)");
    expect(headerOnly.emitted.length).toBe(0);
  });

  it("two segments swapped", async () => {
    const { key, file, bytes } = await stored();
    const reordered = Buffer.concat([
      bytes.subarray(0, segmentAt(1)),
      bytes.subarray(segmentAt(3), segmentAt(4)),
      bytes.subarray(segmentAt(2), segmentAt(3)),
      bytes.subarray(segmentAt(1), segmentAt(2)),
      bytes.subarray(segmentAt(4)),
    ]);
    const { emitted, error } = await readTampered(key, file, reordered);
    expect(error?.message).toMatch("integrity check (segment 1)");
    expect(emitted.equals(segmentsBefore(1))).toBe(true);
  });

  it("a segment taken from another file at the same place", async () => {
    const victim = await stored();
    const other = await stored();
    other.bytes.copy(victim.bytes, segmentAt(2), segmentAt(2), segmentAt(3));
    const { emitted, error } = await readTampered(victim.key, victim.file, victim.bytes);
    expect(error?.message).toMatch("integrity check (segment 2)");
    expect(emitted.equals(segmentsBefore(2))).toBe(true);
  });

  it.each([
    ["a copy of its own last segment", (bytes: Buffer) => bytes.subarray(segmentAt(5))],
    ["a whole segment", (bytes: Buffer) => bytes.subarray(segmentAt(1), segmentAt(2))],
  ])("extended with %s: the real last segment is no longer last", async (_name, extra) => {
    const { key, file, bytes } = await stored();
    const { emitted, error } = await readTampered(key, file, Buffer.concat([bytes, extra(bytes)]));
    expect(error?.message).toMatch("integrity check (segment 5)");
    expect(emitted.equals(segmentsBefore(5))).toBe(true);
  });

  it.each([
    ["magic", 3],
    ["key id", 6],
    ["segment size", 14],
    ["nonce prefix", 18],
    ["wrap IV", 25],
    ["wrapped key", 40],
    ["wrap tag", HEADER_BYTES - 1],
  ])("a changed header (%s): the read is refused before any byte", async (_field, offset) => {
    const { key, file, bytes } = await stored();
    bytes[offset]! ^= 0x01;
    const { emitted, error } = await readTampered(key, file, bytes);
    expect(error).toBeInstanceOf(Error);
    expect(emitted.length).toBe(0);
  });

  it("another master key: the read is refused and names the file's key id", async () => {
    const { key } = await stored();
    const otherKey = createLocalFileStorage({ directory, masterKey: randomBytes(32) });
    await expect(otherKey.read(key)).rejects.toThrow(/encrypted under another key \(key id [0-9a-f]{16}\)/);
  });
});
