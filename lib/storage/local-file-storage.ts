import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { readEncryptedFile, startEncryptedFile } from "./encrypted-file";
import type { FileStorage, StorageNamespace, StoredFile } from "./file-storage";
import { listStoredObjects, storagePath } from "./local-layout";

/**
 * Encrypted files in a local folder (never the app's public/), under random names in 256 subfolders of the namespace's
 * folder (lead files by default): `<directory>/leads/<2 hex>/<32 hex>`.
 */
export function createLocalFileStorage(options: { directory: string; masterKey: Buffer; namespace?: StorageNamespace }): FileStorage {
  const { directory, masterKey, namespace = "leads" } = options;
  const pathOf = (key: string) => storagePath(directory, namespace, key);

  return {
    async write(source) {
      const key = randomUUID().replaceAll("-", "");
      const finalPath = pathOf(key);
      const partialPath = `${finalPath}.partial`;
      await mkdir(path.dirname(finalPath), { recursive: true });
      const hash = createHash("sha256");
      let size = 0;
      const measure = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          size += chunk.length;
          done(null, chunk);
        },
      });
      const { header, encryptor } = startEncryptedFile(masterKey);
      const output = createWriteStream(partialPath, { mode: 0o600 });
      output.write(header);
      try {
        await pipeline(source, measure, encryptor, output);
        await rename(partialPath, finalPath);
      } catch (error) {
        // The pipeline can fail while the file is still being opened; removed before that open, it would come back.
        if (!output.closed) await new Promise<void>((resolve) => output.once("close", () => resolve()));
        await rm(partialPath, { force: true });
        throw error;
      }
      return { key, size, sha256: hash.digest("hex") } satisfies StoredFile;
    },

    async read(key) {
      return readEncryptedFile(pathOf(key), masterKey);
    },

    async delete(key) {
      await Promise.all([rm(pathOf(key), { force: true }), rm(`${pathOf(key)}.partial`, { force: true })]);
    },

    async exists(key) {
      return stat(pathOf(key)).then(
        () => true,
        () => false,
      );
    },

    list() {
      return listStoredObjects(directory, namespace);
    },
  };
}
