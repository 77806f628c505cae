import "server-only";
import type { ActionResult } from "@/lib/auth/action-state";
import { db } from "@/lib/db";
import { deleteLeadWithFiles } from "@/lib/leads/delete-lead";
import { computeRespondBy } from "@/lib/leads/respond-by";
import { enqueueLeadNotifications, NEW_LEAD_NOTIFICATIONS, notifiableLeadSelect } from "@/lib/notifications/enqueue-notifications";
import { getSettings } from "@/lib/settings/settings";
import { fileStorage } from "@/lib/storage/storage";
import type { QuarantinedLeadInput } from "@/lib/validation/quarantine";

export const QUARANTINE_PER_PAGE = 25;

/** Submissions the spam checks held back, newest first, with what a coordinator needs to judge them. */
export async function listQuarantined(page: number) {
  const where = { status: "QUARANTINED" as const };
  const [leads, total] = await Promise.all([
    db.lead.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * QUARANTINE_PER_PAGE,
      take: QUARANTINE_PER_PAGE,
      select: { id: true, reference: true, fullName: true, email: true, countryCode: true, message: true, spamReason: true, createdAt: true, _count: { select: { files: true } } },
    }),
    db.lead.count({ where }),
  ]);
  return { leads, total, pages: Math.max(1, Math.ceil(total / QUARANTINE_PER_PAGE)) };
}

/**
 * A real patient caught by the spam checks becomes a new lead, and both emails are queued as if it had just
 * arrived: the coordinators learn of it now, so the promised contact time starts now too.
 */
export async function restoreQuarantinedLead(actorId: string, { leadId }: QuarantinedLeadInput): Promise<ActionResult> {
  const settings = await getSettings();
  return db.$transaction(async (tx) => {
    const lead = await tx.lead.findFirst({
      where: { id: leadId, status: "QUARANTINED", erasedAt: null },
      select: notifiableLeadSelect,
    });
    if (!lead) return "notFound";
    // Checked again as it is written: an erasure that got there first leaves nothing to restore (and no one to email).
    const { count } = await tx.lead.updateMany({
      where: { id: leadId, status: "QUARANTINED", erasedAt: null },
      data: { status: "NEW", spamReason: null, respondBy: computeRespondBy(new Date(), settings.workingHours, settings.responseMinutes) },
    });
    if (count === 0) return "notFound";
    await enqueueLeadNotifications(tx, lead, { kinds: NEW_LEAD_NOTIFICATIONS, routing: settings, askedBy: "coordinator" });
    await tx.leadActivity.create({ data: { leadId, actorId, type: "RESTORED", fromStatus: "QUARANTINED", toStatus: "NEW" } });
    return "done";
  });
}

/** Spam is deleted outright, files included: nothing about it is worth keeping. */
export async function deleteQuarantinedLead(_actorId: string, { leadId }: QuarantinedLeadInput): Promise<ActionResult> {
  const lead = await db.lead.findFirst({ where: { id: leadId, status: "QUARANTINED" }, select: { id: true, files: { select: { storageKey: true } } } });
  if (!lead) return "notFound";
  await deleteLeadWithFiles(fileStorage, lead);
  return "done";
}
