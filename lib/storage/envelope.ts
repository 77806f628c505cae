import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import type { FileKey } from "./segmented-cipher";

/**
 * The header of a stored file in format 2. Each file gets its own random AES-256-GCM data key, encrypted ("wrapped")
 * with the master key; the fields before the wrapped key are its additional data, so a changed header fails to unwrap.
 * "CPE2" | key id (8) | segment size (4, big-endian) | nonce prefix (7) | wrap IV (12) | wrapped key (32) | wrap tag (16).
 * Format 1 files start with "CPE1" (envelope-v1.ts).
 */
export const FORMAT_2_MAGIC = Buffer.from("CPE2");
export const KEY_ID_BYTES = 8;
export const NONCE_PREFIX_BYTES = 7;
const BOUND_BYTES = FORMAT_2_MAGIC.length + KEY_ID_BYTES + 4 + NONCE_PREFIX_BYTES;
export const HEADER_BYTES = BOUND_BYTES + 12 + 32 + 16;
// A reader holds one segment in memory; a header can't ask for more than this.
const MAX_SEGMENT_BYTES = 4 * 1024 * 1024;

/**
 * Names a master key without revealing anything about it (a keyed hash of a fixed label), so that once
 * FILE_ENCRYPTION_KEY rotates, a reader can pick the key each file was written under.
 */
export function keyIdOf(masterKey: Buffer) {
  return createHmac("sha256", masterKey).update("careport stored file key id").digest().subarray(0, KEY_ID_BYTES);
}

export function createFileHeader(masterKey: Buffer, segmentSize: number): { header: Buffer; fileKey: FileKey } {
  const dataKey = randomBytes(32);
  const noncePrefix = randomBytes(NONCE_PREFIX_BYTES);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(segmentSize);
  const bound = Buffer.concat([FORMAT_2_MAGIC, keyIdOf(masterKey), size, noncePrefix]);
  const wrapIv = randomBytes(12);
  const wrap = createCipheriv("aes-256-gcm", masterKey, wrapIv).setAAD(bound);
  const wrappedKey = Buffer.concat([wrap.update(dataKey), wrap.final()]);
  return { header: Buffer.concat([bound, wrapIv, wrappedKey, wrap.getAuthTag()]), fileKey: { dataKey, noncePrefix, segmentSize } };
}

/** The file's key, or an error if the header was changed or was written under another master key. */
export function openFileHeader(masterKey: Buffer, header: Buffer): FileKey {
  if (header.length < HEADER_BYTES || !header.subarray(0, FORMAT_2_MAGIC.length).equals(FORMAT_2_MAGIC)) {
    throw new Error("Not a Careport encrypted file");
  }
  let offset = FORMAT_2_MAGIC.length;
  const take = (length: number) => header.subarray(offset, (offset += length));
  const keyId = take(KEY_ID_BYTES);
  const segmentSize = take(4).readUInt32BE();
  const noncePrefix = Buffer.from(take(NONCE_PREFIX_BYTES));
  const wrapIv = take(12);
  const wrappedKey = take(32);
  const wrapTag = take(16);
  if (!keyId.equals(keyIdOf(masterKey))) throw new Error(`Stored file is encrypted under another key (key id ${keyId.toString("hex")})`);
  const unwrap = createDecipheriv("aes-256-gcm", masterKey, wrapIv, { authTagLength: 16 }).setAAD(header.subarray(0, BOUND_BYTES));
  unwrap.setAuthTag(wrapTag);
  let dataKey: Buffer;
  try {
    dataKey = Buffer.concat([unwrap.update(wrappedKey), unwrap.final()]);
  } catch (cause) {
    throw new Error("Stored file failed its integrity check (header)", { cause });
  }
  if (segmentSize < 1 || segmentSize > MAX_SEGMENT_BYTES) throw new Error("Stored file has an unsupported segment size");
  return { dataKey, noncePrefix, segmentSize };
}
