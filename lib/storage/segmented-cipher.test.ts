import { randomBytes } from "node:crypto";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { readUntilError } from "@/tests/support/stored-files";
import { readEncryptedFile } from "./encrypted-file";
import { createFileHeader } from "./envelope";
import { encryptSegments, SEGMENT_BYTES } from "./segmented-cipher";

const masterKey = randomBytes(32);

/** A file written as the header, then each part appended in turn, as a resumable upload would. */
async function writtenInParts(parts: Buffer[], options: { closed: boolean } = { closed: true }) {
  const { header, fileKey } = createFileHeader(masterKey, SEGMENT_BYTES);
  const sealedParts = [];
  let segmentsSoFar = 0;
  for (const [index, part] of parts.entries()) {
    const endsFile = options.closed && index === parts.length - 1;
    sealedParts.push(await buffer(Readable.from([part]).pipe(encryptSegments(fileKey, { firstIndex: segmentsSoFar, endsFile }))));
    segmentsSoFar += part.length / SEGMENT_BYTES;
  }
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), "careport-parts-")), "file");
  await writeFile(file, Buffer.concat([header, ...sealedParts]));
  return file;
}

describe("a stored file written in appended parts", () => {
  it("reads back as one file when every part but the last holds whole segments", async () => {
    const parts = [randomBytes(3 * SEGMENT_BYTES), randomBytes(2 * SEGMENT_BYTES), randomBytes(SEGMENT_BYTES / 2)];
    const read = await buffer(await readEncryptedFile(await writtenInParts(parts), masterKey));
    expect(read.equals(Buffer.concat(parts))).toBe(true);
  });

  it("can be closed by an empty last part", async () => {
    const parts = [randomBytes(2 * SEGMENT_BYTES), Buffer.alloc(0)];
    const read = await buffer(await readEncryptedFile(await writtenInParts(parts), masterKey));
    expect(read.equals(parts[0]!)).toBe(true);
  });

  it("is not a complete file until a last part closes it", async () => {
    const parts = [randomBytes(2 * SEGMENT_BYTES), randomBytes(2 * SEGMENT_BYTES)];
    const { emitted, error } = await readUntilError(readEncryptedFile(await writtenInParts(parts, { closed: false }), masterKey));
    expect(error?.message).toMatch("integrity check (segment 3)");
    expect(emitted.equals(Buffer.concat(parts).subarray(0, 3 * SEGMENT_BYTES))).toBe(true);
  });

  it("refuses a part that does not end the file and stops inside a segment", async () => {
    const { fileKey } = createFileHeader(masterKey, SEGMENT_BYTES);
    const part = Readable.from([randomBytes(SEGMENT_BYTES + 10)]).pipe(encryptSegments(fileKey, { endsFile: false }));
    await expect(buffer(part)).rejects.toThrow("must hold whole segments");
  });
});
