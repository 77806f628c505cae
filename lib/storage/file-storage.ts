import type { Readable } from "node:stream";

export interface StoredFile {
  key: string;
  size: number;
  sha256: string;
}

/** An object as a listing sees it. */
export interface StoredObject {
  key: string;
  /** The last write: when a complete file was finished, or the latest bytes of an unfinished one. */
  modifiedAt: Date;
  /** A write still running, or abandoned by a writer that died: never readable. */
  unfinished: boolean;
}

/**
 * One folder (an object store: one key prefix) per kind of object, so that work on one kind can never reach
 * another: the orphan sweep lists lead files only.
 */
export const storageNamespaces = {
  /** Patients' medical files, encrypted; each is named by a LeadFile row once its lead is committed. */
  leadFiles: "leads",
  /** Resumable uploads being assembled (patients' large scans; not used yet). */
  uploadsInProgress: "uploads-in-progress",
  /** Images anyone may see, such as clinic photos (not used yet). */
  publicImages: "public",
} as const;

export type StorageNamespace = (typeof storageNamespaces)[keyof typeof storageNamespaces];

/**
 * Where uploaded medical files live, encrypted at rest. The local-folder implementation is the default; an
 * S3-compatible store can implement the same interface. Each instance works inside one namespace.
 */
export interface FileStorage {
  /** Streams plaintext in and stores it encrypted under a new random key. Rejects (storing nothing) if `source` errors. */
  write(source: Readable): Promise<StoredFile>;
  /**
   * The decrypted content. Rejects if the file's header was changed; the stream errors at the first changed segment,
   * having released none of its bytes.
   */
  read(key: string): Promise<Readable>;
  /** Removes the file, and its unfinished write if one was left behind. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  /** Every object of the namespace, complete or not, read a folder page at a time: memory stays flat at any count. */
  list(): AsyncIterable<StoredObject>;
}
