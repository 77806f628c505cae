import { createCipheriv, createDecipheriv } from "node:crypto";
import { Transform } from "node:stream";

/**
 * Segmented authenticated encryption, the STREAM construction (Hoang, Reyhanitabar, Rogaway, Vizár, CRYPTO 2015) as in
 * age and Tink's streaming AEAD: the plaintext is cut into segments, each sealed with AES-256-GCM under the file's data
 * key, with a nonce made of the file's random prefix, the segment's index and a flag set on the last segment only.
 * A segment is released only once its tag verifies, so a changed, moved, swapped, dropped or added segment stops the
 * stream before any of its bytes. Every segment but the last holds exactly `segmentSize` bytes; the last holds 0 to
 * `segmentSize` (0 only when the file is empty or was closed after a part of whole segments).
 */
export const SEGMENT_BYTES = 64 * 1024;
export const TAG_BYTES = 16;

export interface FileKey {
  dataKey: Buffer;
  noncePrefix: Buffer;
  segmentSize: number;
}

function nonceOf(key: FileKey, index: number, last: boolean) {
  const nonce = Buffer.alloc(12);
  key.noncePrefix.copy(nonce);
  nonce.writeUInt32BE(index, key.noncePrefix.length); // past 2³² segments this throws rather than repeat a nonce
  nonce[11] = last ? 1 : 0;
  return nonce;
}

function sealSegment(key: FileKey, plaintext: Buffer, index: number, last: boolean) {
  const cipher = createCipheriv("aes-256-gcm", key.dataKey, nonceOf(key, index, last));
  return Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}

function openSegment(key: FileKey, segment: Buffer, index: number, last: boolean) {
  try {
    if (segment.length < TAG_BYTES) throw new Error("Segment shorter than its tag");
    const decipher = createDecipheriv("aes-256-gcm", key.dataKey, nonceOf(key, index, last), { authTagLength: TAG_BYTES });
    decipher.setAuthTag(segment.subarray(segment.length - TAG_BYTES));
    return Buffer.concat([decipher.update(segment.subarray(0, segment.length - TAG_BYTES)), decipher.final()]);
  } catch (cause) {
    throw new Error(`Stored file failed its integrity check (segment ${index})`, { cause });
  }
}

/** Cuts a stream into blocks; a full block waits for the next byte, because only the end of the stream marks the last one. */
function blockwise(blockBytes: number, firstIndex: number, endsFile: boolean, each: (block: Buffer, index: number, last: boolean) => Buffer) {
  let pending: Buffer = Buffer.alloc(0);
  let index = firstIndex;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      try {
        if (chunk.length === 0) return done();
        if (pending.length === blockBytes) {
          this.push(each(pending, index++, false));
          pending = Buffer.alloc(0);
        }
        const joined = pending.length > 0;
        const buffered = joined ? Buffer.concat([pending, chunk]) : chunk;
        let offset = 0;
        for (; buffered.length - offset > blockBytes; offset += blockBytes) {
          this.push(each(buffered.subarray(offset, offset + blockBytes), index++, false));
        }
        // The caller's chunk is not ours to keep; the joined copy is.
        pending = joined ? buffered.subarray(offset) : Buffer.from(buffered.subarray(offset));
        done();
      } catch (error) {
        done(error as Error);
      }
    },
    flush(done) {
      try {
        if (endsFile) this.push(each(pending, index, true));
        else if (pending.length === blockBytes) this.push(each(pending, index, false));
        else if (pending.length > 0) throw new Error("A part that does not end the file must hold whole segments");
        done();
      } catch (error) {
        done(error as Error);
      }
    },
  });
}

/**
 * Plaintext in, sealed segments out. A file can be written in several parts: every part but the last passes
 * `endsFile: false` and holds whole segments; the next part starts at `firstIndex` = segments written so far.
 * Seal each index once per file key: sealing an index again with other bytes reuses a GCM nonce. A resumable upload
 * keeps only whole segments and continues after them; a torn segment sealed again must hold the same bytes, or the
 * resumed part needs a nonce prefix of its own (a part header: a new format version).
 */
export function encryptSegments(key: FileKey, options: { firstIndex?: number; endsFile?: boolean } = {}) {
  const { firstIndex = 0, endsFile = true } = options;
  return blockwise(key.segmentSize, firstIndex, endsFile, (plaintext, index, last) => sealSegment(key, plaintext, index, last));
}

/** Sealed segments in, verified plaintext out; errors at the first segment that fails, having released none of it. */
export function decryptSegments(key: FileKey) {
  return blockwise(key.segmentSize + TAG_BYTES, 0, true, (segment, index, last) => openSegment(key, segment, index, last));
}
