import "server-only";
import { db } from "@/lib/db";
import type { LeadStatus, Prisma } from "@/lib/generated/prisma/client";
import type { Assignment, NoteInput, StatusChange } from "@/lib/validation/lead-work";

import type { ActionResult } from "@/lib/auth/action-state";

/** Quarantined submissions are handled in the quarantine view, not through the pipeline; erased leads are closed. */
const workableLead = (leadId: string) => ({ id: leadId, status: { not: "QUARANTINED" as const }, erasedAt: null });

/**
 * Reads a workable lead and locks it for the transaction, so that an erasure running at the same moment
 * (lib/leads/lead-erasure.ts) either waits for this change and removes it, or finishes first and this finds nothing.
 */
export async function lockWorkableLead(tx: Prisma.TransactionClient, leadId: string) {
  const [lead] = await tx.$queryRaw<{ status: LeadStatus; firstContactedAt: Date | null }[]>`
    SELECT "status", "firstContactedAt" FROM "Lead"
    WHERE "id" = ${leadId} AND "status" <> 'QUARANTINED' AND "erasedAt" IS NULL
    FOR UPDATE`;
  return lead ?? null;
}

/** `banned` is nullable (better-auth's column): NULL means active. */
const activeStaff = { OR: [{ banned: false }, { banned: null }] };

/** Moves a lead; leaving NEW for the first time records the first contact, which stops the wait timer. */
export async function changeLeadStatus(actorId: string, change: StatusChange): Promise<ActionResult> {
  return db.$transaction(async (tx) => {
    const lead = await lockWorkableLead(tx, change.leadId);
    if (!lead) return "notFound";
    if (lead.status === change.status) return "done";
    await tx.lead.update({
      where: { id: change.leadId },
      data: {
        status: change.status,
        closedReason: change.status === "LOST" || change.status === "SPAM" ? change.reason : null,
        firstContactedAt: lead.firstContactedAt ?? (change.status !== "NEW" ? new Date() : null),
      },
    });
    await tx.leadActivity.create({
      data: { leadId: change.leadId, actorId, type: "STATUS_CHANGED", fromStatus: lead.status, toStatus: change.status },
    });
    return "done";
  });
}

export async function assignLead(actorId: string, assignment: Assignment): Promise<ActionResult> {
  return db.$transaction(async (tx) => {
    if (assignment.assigneeId) {
      const assignee = await tx.user.findFirst({ where: { id: assignment.assigneeId, ...activeStaff } });
      if (!assignee) return "invalid";
    }
    const { count } = await tx.lead.updateMany({ where: workableLead(assignment.leadId), data: { assigneeId: assignment.assigneeId } });
    if (count === 0) return "notFound";
    await tx.leadActivity.create({
      data: { leadId: assignment.leadId, actorId, type: "ASSIGNED", assigneeId: assignment.assigneeId },
    });
    return "done";
  });
}

export async function addLeadNote(actorId: string, note: NoteInput): Promise<ActionResult> {
  return db.$transaction(async (tx) => {
    if (!(await lockWorkableLead(tx, note.leadId))) return "notFound";
    const created = await tx.leadNote.create({ data: { leadId: note.leadId, authorId: actorId, body: note.body } });
    await tx.leadActivity.create({ data: { leadId: note.leadId, actorId, type: "NOTE_ADDED", noteId: created.id } });
    return "done";
  });
}

/** Access to health data is logged: every view of a lead and every file download, with who and when. */
export async function recordLeadAccess(actorId: string, leadId: string, fileId?: string) {
  await db.leadActivity.create({
    data: { leadId, actorId, type: fileId ? "FILE_DOWNLOADED" : "VIEWED", fileId: fileId ?? null },
  });
}

/** Everyone who can be assigned a lead: active staff accounts. */
export function listAssignableStaff() {
  return db.user.findMany({ where: activeStaff, select: { id: true, name: true }, orderBy: { name: "asc" } });
}
