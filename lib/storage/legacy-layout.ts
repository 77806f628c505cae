import { mkdir, readdir, rename, stat } from "node:fs/promises";
import path from "node:path";
import { storedFileName, storagePath, subfolderName } from "./local-layout";

/**
 * Files stored before namespaces existed (`<directory>/<2 hex>/<key>`) were all lead files: this moves them to
 * the lead files' folder, where the storage reads them. Each move is one rename, so after a crash every file is in
 * one place or the other and the next run finishes the work; a file another instance moved first is skipped.
 * An unfinished write moves only once older than `unfinishedBefore`: during a rolling upgrade, an instance of the
 * previous version may still be writing it (and would then rename it in the old place, to be moved next run).
 */
export async function moveLegacyLeadFiles(directory: string, unfinishedBefore: Date): Promise<number> {
  let moved = 0;
  const folders = await readdir(directory, { withFileTypes: true }).catch(() => []);
  for (const folder of folders.filter((entry) => entry.isDirectory() && subfolderName.test(entry.name))) {
    const from = path.join(directory, folder.name);
    for (const name of await readdir(from).catch(() => [])) {
      const match = storedFileName.exec(name);
      if (!match) continue;
      const source = path.join(from, name);
      if (match[2]) {
        const lastWrite = (await stat(source).catch(() => null))?.mtime;
        if (!lastWrite || lastWrite >= unfinishedBefore) continue;
      }
      const target = `${storagePath(directory, "leads", match[1]!)}${match[2] ?? ""}`;
      await mkdir(path.dirname(target), { recursive: true });
      await rename(source, target).then(
        () => (moved += 1),
        (error: NodeJS.ErrnoException) => {
          if (error.code !== "ENOENT") throw error;
        },
      );
    }
  }
  return moved;
}
