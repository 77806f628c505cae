import "server-only";
import { db } from "@/lib/db";
import type { FileStorage } from "@/lib/storage/file-storage";
import { deleteLeadWithFiles } from "./delete-lead";

/** Deletes quarantined spam older than the retention period. */
export async function purgeQuarantinedLeads(storage: FileStorage, retentionDays: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 24 * 60 * 60 * 1000);
  const expired = await db.lead.findMany({
    where: { status: "QUARANTINED", createdAt: { lt: cutoff } },
    select: { id: true, files: { select: { storageKey: true } } },
  });
  for (const lead of expired) await deleteLeadWithFiles(storage, lead);
  return expired.length;
}
