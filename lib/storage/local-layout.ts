import type { Dirent } from "node:fs";
import { opendir, stat } from "node:fs/promises";
import path from "node:path";
import { storageNamespaces, type StorageNamespace, type StoredObject } from "./file-storage";

const validKey = /^[a-f0-9]{32}$/;
/** A stored file's name in its subfolder: its key, with `.partial` while it is being written. */
export const storedFileName = /^([a-f0-9]{32})(\.partial)?$/;
export const subfolderName = /^[a-f0-9]{2}$/;
const namespaces: readonly string[] = Object.values(storageNamespaces);

/** `<directory>/<namespace>/<first 2 hex of the key>/<key>`; anything else (a path escape) is refused. */
export function storagePath(directory: string, namespace: StorageNamespace, key: string): string {
  if (!validKey.test(key) || !namespaces.includes(namespace)) throw new Error("Invalid storage key");
  return path.join(directory, namespace, key.slice(0, 2), key);
}

/** A folder's entries, a page at a time (`opendir` reads 32 per call and closes when the loop ends). */
async function* entriesOf(folder: string): AsyncGenerator<Dirent> {
  const handle = await opendir(folder).catch((error: NodeJS.ErrnoException) => {
    // Not created yet, or emptied and removed meanwhile.
    if (error.code === "ENOENT") return null;
    throw error;
  });
  if (handle) yield* handle;
}

/** The namespace's stored files, complete and unfinished; names the storage never writes are left out. */
export async function* listStoredObjects(directory: string, namespace: StorageNamespace): AsyncGenerator<StoredObject> {
  const root = path.join(directory, namespace);
  for await (const subfolder of entriesOf(root)) {
    if (!subfolder.isDirectory() || !subfolderName.test(subfolder.name)) continue;
    for await (const entry of entriesOf(path.join(root, subfolder.name))) {
      const match = storedFileName.exec(entry.name);
      if (!match) continue;
      // Null when gone since the folder was read: deleted by its request, erasure or another sweep.
      const stats = await stat(path.join(root, subfolder.name, entry.name)).catch(() => null);
      if (stats?.isFile()) yield { key: match[1]!, modifiedAt: stats.mtime, unfinished: match[2] !== undefined };
    }
  }
}
