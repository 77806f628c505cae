import "server-only";
import { db } from "@/lib/db";
import { Prisma, type ErasureReason } from "@/lib/generated/prisma/client";
import type { ActionResult } from "@/lib/auth/action-state";
import { fileStorage } from "@/lib/storage/storage";
import type { LeadErasure } from "@/lib/validation/lead-work";

/**
 * Everything that names or reaches the patient. Kept: the reference, status, dates, country, languages, channel,
 * writer role, treatment, clinic, doctor, assignee and consent version. None of these identifies a person alone, and
 * they keep the pipeline's figures and the history meaningful. The age goes: with the country, the treatment and the
 * date it could single someone out.
 */
const blankPersonalData = {
  fullName: "",
  email: "",
  phone: "",
  message: "",
  patientAge: null,
  ipHash: null,
  referrer: null,
  utm: Prisma.DbNull,
  sourcePath: null,
  closedReason: null,
} satisfies Prisma.LeadUpdateManyMutationInput;

const FILE_DELETES_AT_ONCE = 20;

/**
 * Erases leads' personal data and returns how many were erased now (an already erased lead counts as none).
 *
 * Files go first, then one transaction for the rows. A crash in between leaves the leads unerased with their file
 * rows, so running the erasure again finishes it (deleting a file that is already gone is a no-op); the retention
 * job does that by itself on its next run. The transaction locks the leads, so two erasures of one lead, or an
 * erasure and a note or status change (lib/leads/lead-work.ts), happen one after the other.
 */
export async function eraseLeads(actorId: string | null, leadIds: string[], reason: ErasureReason): Promise<number> {
  const files = await db.leadFile.findMany({ where: { leadId: { in: leadIds }, lead: { erasedAt: null } }, select: { storageKey: true } });
  for (let start = 0; start < files.length; start += FILE_DELETES_AT_ONCE) {
    await Promise.all(files.slice(start, start + FILE_DELETES_AT_ONCE).map((file) => fileStorage.delete(file.storageKey)));
  }
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Lead" WHERE "id" = ANY(${leadIds}::text[]) AND "erasedAt" IS NULL FOR UPDATE`;
    const ids = locked.map((lead) => lead.id);
    if (ids.length === 0) return 0;
    const ofLeads = { leadId: { in: ids } };
    await tx.leadFile.deleteMany({ where: ofLeads });
    await tx.leadNote.deleteMany({ where: ofLeads });
    await tx.leadRecordCheck.deleteMany({ where: ofLeads });
    // Unsent emails would be rendered from the blanked lead; sent ones keep their kind, outcome and times, but not
    // the SMTP replies and errors, which can quote the patient's address.
    await tx.notification.deleteMany({ where: { ...ofLeads, status: "PENDING" } });
    await tx.notification.updateMany({ where: ofLeads, data: { lastError: null } });
    await tx.notificationAttempt.updateMany({ where: { notification: ofLeads }, data: { smtpResponse: null } });
    await tx.lead.updateMany({ where: { id: { in: ids } }, data: { ...blankPersonalData, erasedAt: new Date(), erasureReason: reason } });
    await tx.leadActivity.createMany({ data: ids.map((leadId) => ({ leadId, actorId, type: "ERASED" as const })) });
    return ids.length;
  });
}

/** Erases one lead. Erasing a lead that is already erased is done, not an error. */
export async function eraseLead(actorId: string | null, leadId: string, reason: ErasureReason): Promise<ActionResult> {
  if (!(await db.lead.findUnique({ where: { id: leadId }, select: { id: true } }))) return "notFound";
  await eraseLeads(actorId, [leadId], reason);
  return "done";
}

/** An admin's erasure on the patient's request, confirmed by typing the lead's reference. */
export async function eraseLeadOnRequest(actorId: string, input: LeadErasure): Promise<ActionResult> {
  const lead = await db.lead.findUnique({ where: { id: input.leadId }, select: { reference: true, erasedAt: true } });
  if (!lead) return "notFound";
  if (lead.erasedAt) return "done";
  if (input.confirmation.toUpperCase() !== lead.reference) return "invalid";
  return eraseLead(actorId, input.leadId, "REQUEST");
}

/**
 * The retention job: erases leads older than the retention period (quarantined spam is the spam purge's), oldest
 * first, in batches that are each their own transaction, so 10,000 old leads never make one giant one. It stops
 * after `budgetMs`, well inside the job's five-minute lease; what is left waits for the next run.
 */
export async function eraseExpiredLeads(retentionDays: number, options: { batchSize?: number; budgetMs?: number } = {}): Promise<number> {
  const { batchSize = 200, budgetMs = 2 * 60 * 1000 } = options;
  const started = Date.now();
  const cutoff = new Date(started - retentionDays * 24 * 60 * 60 * 1000);
  let erased = 0;
  while (Date.now() - started < budgetMs) {
    const batch = await db.lead.findMany({
      where: { erasedAt: null, createdAt: { lt: cutoff }, status: { not: "QUARANTINED" } },
      orderBy: { createdAt: "asc" },
      take: batchSize,
      select: { id: true },
    });
    if (batch.length === 0) break;
    erased += await eraseLeads(null, batch.map((lead) => lead.id), "RETENTION");
  }
  return erased;
}
