import { createReadStream } from "node:fs";
import { PassThrough, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createFileHeader, FORMAT_2_MAGIC, HEADER_BYTES, openFileHeader } from "./envelope";
import { FORMAT_1_MAGIC, readFormat1 } from "./envelope-v1";
import { readRange } from "./read-range";
import { decryptSegments, encryptSegments, SEGMENT_BYTES, TAG_BYTES } from "./segmented-cipher";

/** A new stored file: write `header`, then the plaintext through `encryptor`. */
export function startEncryptedFile(masterKey: Buffer) {
  const { header, fileKey } = createFileHeader(masterKey, SEGMENT_BYTES);
  return { header, encryptor: encryptSegments(fileKey) };
}

/** The plaintext of a stored file of either format; rejects, before any byte, if its header fails its check. */
export async function readEncryptedFile(filePath: string, masterKey: Buffer): Promise<Readable> {
  const header = await readRange(filePath, 0, HEADER_BYTES);
  const magic = header.subarray(0, FORMAT_2_MAGIC.length);
  if (magic.equals(FORMAT_1_MAGIC)) return readFormat1(filePath, masterKey);
  const fileKey = openFileHeader(masterKey, header);
  // Reads of a few whole segments at a time spare the decryptor a copy per segment.
  const ciphertext = createReadStream(filePath, { start: HEADER_BYTES, highWaterMark: 4 * (fileKey.segmentSize + TAG_BYTES) });
  const output = new PassThrough();
  pipeline(ciphertext, decryptSegments(fileKey), output).catch((error: unknown) => output.destroy(error as Error));
  return output;
}
