import "server-only";
import type { ActionResult } from "@/lib/auth/action-state";
import { db } from "@/lib/db";
import { enqueueLeadNotifications, notifiableLeadSelect } from "@/lib/notifications/enqueue-notifications";
import { getSettings } from "@/lib/settings/settings";
import type { ResendInput } from "@/lib/validation/quarantine";
import { lockWorkableLead } from "./lead-work";

/**
 * Queues the email again as a new notification, so it gets a fresh retry window and the failed attempts stay on
 * record. Coordinator recipients are chosen again from the current settings: the usual reason to resend is that
 * the addresses were wrong or missing.
 */
export async function resendNotification(actorId: string, { notificationId }: ResendInput): Promise<ActionResult> {
  const settings = await getSettings();
  return db.$transaction(async (tx) => {
    const original = await tx.notification.findFirst({
      where: { id: notificationId, lead: { status: { not: "QUARANTINED" } } },
      select: { kind: true, lead: { select: notifiableLeadSelect } },
    });
    if (!original) return "notFound";
    const { lead } = original;
    // An erased lead has no address left to send to; the lock keeps an erasure running now from missing this email.
    if (!(await lockWorkableLead(tx, lead.id))) return "notFound";
    await enqueueLeadNotifications(tx, lead, { kinds: [original.kind], routing: settings, askedBy: "coordinator" });
    await tx.leadActivity.create({ data: { leadId: lead.id, actorId, type: "NOTIFICATION_RESENT" } });
    return "done";
  });
}
