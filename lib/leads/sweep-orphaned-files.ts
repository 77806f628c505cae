import "server-only";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import type { FileStorage } from "@/lib/storage/file-storage";
import { MAX_UPLOAD_SECONDS } from "@/lib/validation/consultation-files";

/**
 * A file reaches storage while its request uploads, before the transaction that writes its LeadFile row, so a
 * young file without a row may be about to get one. Every file is written after its request began, and a request
 * is cut MAX_UPLOAD_SECONDS after it began and commits its lead seconds after its last byte: a file that old has no
 * writer left, and an orphan that old stays one. The margins absorb the commit and clocks of instances sharing
 * the folder.
 */
export const UNFINISHED_FILE_AGE_SECONDS = MAX_UPLOAD_SECONDS + 10 * 60;
export const ORPHANED_FILE_AGE_SECONDS = MAX_UPLOAD_SECONDS + 30 * 60;
const KEYS_PER_QUERY = 500;

/**
 * Deletes lead files a crash left behind: unfinished writes, and complete files no LeadFile row names. Safe to run
 * on several instances at once: each deletion is of a file no request can still claim.
 */
export async function sweepOrphanedFiles(storage: FileStorage, now = new Date()) {
  const before = (seconds: number) => new Date(now.getTime() - seconds * 1000);
  const unfinishedBefore = before(UNFINISHED_FILE_AGE_SECONDS);
  const orphanedBefore = before(ORPHANED_FILE_AGE_SECONDS);
  const counts = { listed: 0, unfinishedDeleted: 0, orphansDeleted: 0 };
  let candidates: string[] = [];
  const deleteUnnamed = async () => {
    const named = await db.leadFile.findMany({ where: { storageKey: { in: candidates } }, select: { storageKey: true } });
    const kept = new Set(named.map((file) => file.storageKey));
    const orphans = candidates.filter((key) => !kept.has(key));
    await Promise.all(orphans.map((key) => storage.delete(key)));
    counts.orphansDeleted += orphans.length;
    candidates = [];
  };

  for await (const object of storage.list()) {
    counts.listed += 1;
    if (object.unfinished) {
      if (object.modifiedAt < unfinishedBefore) {
        await storage.delete(object.key);
        counts.unfinishedDeleted += 1;
      }
    } else if (object.modifiedAt < orphanedBefore) {
      candidates.push(object.key);
      if (candidates.length === KEYS_PER_QUERY) await deleteUnnamed();
    }
  }
  if (candidates.length) await deleteUnnamed();
  if (counts.unfinishedDeleted || counts.orphansDeleted) logger.info(counts, "Deleted stored files no lead names");
  return counts;
}
