import "server-only";
import { db } from "@/lib/db";
import type { FileStorage } from "@/lib/storage/file-storage";

/** Deletes a lead and its files, files first, so no file is ever left without the lead that names it. */
export async function deleteLeadWithFiles(storage: FileStorage, lead: { id: string; files: { storageKey: string }[] }) {
  await Promise.all(lead.files.map((file) => storage.delete(file.storageKey)));
  await db.lead.delete({ where: { id: lead.id } });
}
