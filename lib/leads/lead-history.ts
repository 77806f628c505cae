import "server-only";
import { db } from "@/lib/db";

export type HistoryEntry =
  | { kind: "activity"; at: Date; actor: string | null; type: string; fromStatus: string | null; toStatus: string | null; assignee: string | null; fileId: string | null; note: string | null }
  | { kind: "delivery"; at: Date; notification: string; outcome: string; response: string | null };

/** A lead's history, newest first: the activity log with notes and names filled in, and every email attempt. */
export async function getLeadHistory(leadId: string): Promise<HistoryEntry[]> {
  const [activities, notes, attempts] = await Promise.all([
    db.leadActivity.findMany({ where: { leadId }, include: { actor: { select: { name: true } } }, orderBy: { id: "desc" } }),
    db.leadNote.findMany({ where: { leadId }, select: { id: true, body: true } }),
    db.notificationAttempt.findMany({
      where: { notification: { leadId } },
      include: { notification: { select: { kind: true } } },
    }),
  ]);
  const assigneeIds = [...new Set(activities.map((activity) => activity.assigneeId).filter((id): id is string => Boolean(id)))];
  const assignees = new Map(
    (await db.user.findMany({ where: { id: { in: assigneeIds } }, select: { id: true, name: true } })).map((user) => [user.id, user.name]),
  );
  const noteBodies = new Map(notes.map((note) => [note.id, note.body]));
  const entries: HistoryEntry[] = [
    ...activities.map((activity) => ({
      kind: "activity" as const,
      at: activity.createdAt,
      actor: activity.actor?.name ?? null,
      type: activity.type,
      fromStatus: activity.fromStatus,
      toStatus: activity.toStatus,
      assignee: activity.assigneeId ? (assignees.get(activity.assigneeId) ?? null) : null,
      fileId: activity.fileId,
      note: activity.noteId ? (noteBodies.get(activity.noteId) ?? null) : null,
    })),
    ...attempts.map((attempt) => ({
      kind: "delivery" as const,
      at: attempt.at,
      notification: attempt.notification.kind,
      outcome: attempt.outcome,
      response: attempt.smtpResponse,
    })),
  ];
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime());
}
