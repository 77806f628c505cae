import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/**
 * Envelope encryption for stored files: each file gets its own random AES-256-GCM data key, which is itself
 * encrypted ("wrapped") with the master key and stored in the file's header. Layout:
 * "CPE1" | wrap IV (12) | wrapped key (32) | wrap tag (16) | data IV (12) | ciphertext … | data tag (16).
 */
export const MAGIC = Buffer.from("CPE1");
export const HEADER_BYTES = MAGIC.length + 12 + 32 + 16 + 12;
export const TAG_BYTES = 16;

export function createEncryptor(masterKey: Buffer) {
  const dataKey = randomBytes(32);
  const wrapIv = randomBytes(12);
  const wrap = createCipheriv("aes-256-gcm", masterKey, wrapIv);
  const wrappedKey = Buffer.concat([wrap.update(dataKey), wrap.final()]);
  const dataIv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", dataKey, dataIv);
  const header = Buffer.concat([MAGIC, wrapIv, wrappedKey, wrap.getAuthTag(), dataIv]);
  return { header, cipher };
}

export function createDecryptor(masterKey: Buffer, header: Buffer, tag: Buffer) {
  if (header.length !== HEADER_BYTES || !header.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new Error("Not a Careport encrypted file");
  }
  let offset = MAGIC.length;
  const take = (length: number) => header.subarray(offset, (offset += length));
  const wrapIv = take(12);
  const wrappedKey = take(32);
  const wrapTag = take(16);
  const dataIv = take(12);
  const unwrap = createDecipheriv("aes-256-gcm", masterKey, wrapIv);
  unwrap.setAuthTag(wrapTag);
  const dataKey = Buffer.concat([unwrap.update(wrappedKey), unwrap.final()]);
  const decipher = createDecipheriv("aes-256-gcm", dataKey, dataIv);
  decipher.setAuthTag(tag);
  return decipher;
}
