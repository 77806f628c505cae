import "server-only";
import { db } from "@/lib/db";
import type { FileStorage } from "@/lib/storage/file-storage";

/** Deletes quarantined spam older than the retention period, files first so none is left without its lead. */
export async function purgeQuarantinedLeads(storage: FileStorage, retentionDays: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 24 * 60 * 60 * 1000);
  const expired = await db.lead.findMany({
    where: { status: "QUARANTINED", createdAt: { lt: cutoff } },
    select: { id: true, files: { select: { storageKey: true } } },
  });
  for (const lead of expired) {
    await Promise.all(lead.files.map((file) => storage.delete(file.storageKey)));
    await db.lead.delete({ where: { id: lead.id } });
  }
  return expired.length;
}
