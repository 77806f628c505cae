import type { Readable } from "node:stream";

export interface StoredFile {
  key: string;
  size: number;
  sha256: string;
}

/**
 * Where uploaded medical files live, encrypted at rest. The local-folder implementation is the default; an
 * S3-compatible store can implement the same interface.
 */
export interface FileStorage {
  /** Streams plaintext in and stores it encrypted under a new random key. Rejects (storing nothing) if `source` errors. */
  write(source: Readable): Promise<StoredFile>;
  /**
   * The decrypted content. Rejects if the file's header was changed; the stream errors at the first changed segment,
   * having released none of its bytes.
   */
  read(key: string): Promise<Readable>;
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}
