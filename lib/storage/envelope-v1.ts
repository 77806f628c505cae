import { createDecipheriv } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { PassThrough, Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { readRange } from "./read-range";

/**
 * Format 1, written until segmented encryption (format 2) replaced it; read only. One AES-256-GCM stream with its tag
 * at the end: "CPE1" | wrap IV (12) | wrapped key (32) | wrap tag (16) | data IV (12) | ciphertext … | data tag (16).
 */
export const FORMAT_1_MAGIC = Buffer.from("CPE1");
const HEADER_BYTES = FORMAT_1_MAGIC.length + 12 + 32 + 16 + 12;
const TAG_BYTES = 16;

function createDecryptor(masterKey: Buffer, header: Buffer, tag: Buffer) {
  let offset = FORMAT_1_MAGIC.length;
  const take = (length: number) => header.subarray(offset, (offset += length));
  const wrapIv = take(12);
  const wrappedKey = take(32);
  const wrapTag = take(16);
  const dataIv = take(12);
  const unwrap = createDecipheriv("aes-256-gcm", masterKey, wrapIv, { authTagLength: TAG_BYTES });
  unwrap.setAuthTag(wrapTag);
  const dataKey = Buffer.concat([unwrap.update(wrappedKey), unwrap.final()]);
  const decipher = createDecipheriv("aes-256-gcm", dataKey, dataIv, { authTagLength: TAG_BYTES });
  decipher.setAuthTag(tag);
  return decipher;
}

/**
 * The plaintext of a format 1 file. Its one tag is checked only at the end, so the file is decrypted twice: once to
 * verify, discarding the output, and once to stream it — nothing is released from a file that fails.
 */
export async function readFormat1(filePath: string, masterKey: Buffer): Promise<Readable> {
  const { size } = await stat(filePath);
  if (size < HEADER_BYTES + TAG_BYTES) throw new Error("Stored file is truncated");
  const header = await readRange(filePath, 0, HEADER_BYTES);
  const tag = await readRange(filePath, size - TAG_BYTES, TAG_BYTES);
  const ciphertext = () =>
    size === HEADER_BYTES + TAG_BYTES ? Readable.from([]) : createReadStream(filePath, { start: HEADER_BYTES, end: size - TAG_BYTES - 1 });
  const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
  await pipeline(ciphertext(), createDecryptor(masterKey, header, tag), discard).catch((cause: unknown) => {
    throw new Error("Stored file failed its integrity check", { cause });
  });
  const output = new PassThrough();
  pipeline(ciphertext(), createDecryptor(masterKey, header, tag), output).catch((error: unknown) => output.destroy(error as Error));
  return output;
}
