import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { beforeEach, describe, expect, it } from "vitest";
import { fileOfKey, readUntilError } from "@/tests/support/stored-files";
import { createLocalFileStorage } from "./local-file-storage";

// Written by the format 1 code (before segmented encryption) under this master key, from this text.
const fixture = path.join(import.meta.dirname, "../../tests/fixtures/storage/v1-encrypted-file.bin");
const fixtureKey = Buffer.alloc(32, 7);
const fixtureText = Array.from({ length: 300 }, (_, i) => `line ${i} of a file stored before segmented encryption\n`).join("");
let directory: string;
let storage: ReturnType<typeof createLocalFileStorage>;

/** The plaintext released from a stored file holding `bytes`, as if written before the format changed. */
async function readStoredAs(bytes: Buffer) {
  const { key } = await storage.write(Readable.from([Buffer.from("placeholder")]));
  await writeFile(await fileOfKey(directory, key), bytes);
  return readUntilError(storage.read(key));
}

describe("files stored in format 1 (one GCM stream)", () => {
  let bytes: Buffer;
  beforeEach(async () => {
    bytes = await readFile(fixture);
    directory = await mkdtemp(path.join(os.tmpdir(), "careport-format-1-"));
    storage = createLocalFileStorage({ directory, masterKey: fixtureKey });
  });

  it("still read back in full", async () => {
    const { emitted, error } = await readStoredAs(bytes);
    expect(error).toBeUndefined();
    expect(emitted.toString()).toBe(fixtureText);
    expect(createHash("sha256").update(emitted).digest("hex")).toBe("0334b168522634a0c1e68180c4212426bdab7d3954d797d47c88ec2a5bb788a1");
  });

  it.each([
    ["a changed byte", (original: Buffer) => Buffer.from(original).fill(0x41, 8000, 8001)],
    ["a cut end", (original: Buffer) => original.subarray(0, original.length - 5000)],
    ["another file's tag", (original: Buffer) => Buffer.concat([original.subarray(0, -16), randomBytes(16)])],
  ])("with %s, release nothing: the whole file is checked before its first byte", async (_name, tamper) => {
    const { emitted, error } = await readStoredAs(tamper(bytes));
    expect(error?.message).toMatch("integrity check");
    expect(emitted.length).toBe(0);
  });
});
