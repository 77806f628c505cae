import "server-only";
import { logger } from "@/lib/logger";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isPermanentFailure, type MailSender } from "@/lib/mail/mail-sender";
import { getSettings } from "@/lib/settings/settings";
import { renderCoordinatorEmail, renderPatientEmail } from "./render-notification";

const lockSeconds = 120;
/** Temporary failures are retried with exponential backoff for at least this long, then shown as failed. */
export const RETRY_FOR_MS = 25 * 60 * 60 * 1000;
export const retryDelayMs = (attempts: number) => Math.min(60_000 * 2 ** (attempts - 1), 60 * 60 * 1000);

/**
 * Claims due notifications with FOR UPDATE SKIP LOCKED, so several workers never take the same row; the claim is a
 * lock that expires, so a worker that dies mid-send causes at most a repeat, never a loss.
 */
async function claimDue(batchSize: number): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "Notification" SET "lockedUntil" = now() + make_interval(secs => ${lockSeconds})
    WHERE "id" IN (
      SELECT "id" FROM "Notification"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= now() AND ("lockedUntil" IS NULL OR "lockedUntil" < now())
      ORDER BY "nextAttemptAt"
      LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id"`;
  return rows.map((row) => row.id);
}

async function deliver(id: string, sender: MailSender) {
  const notification = await db.notification.findUniqueOrThrow({
    where: { id },
    include: { lead: { include: { _count: { select: { files: true } } } } },
  });
  const { lead } = notification;
  const settings = await getSettings();
  const notified = { ...lead, fileCount: lead._count.files };
  const record = async (outcome: "sent" | "retry" | "failed", response: string, update: object) => {
    await db.$transaction([
      db.notificationAttempt.create({ data: { notificationId: id, outcome, smtpResponse: response.slice(0, 1000) } }),
      db.notification.update({ where: { id }, data: { attempts: { increment: 1 }, lockedUntil: null, ...update } }),
    ]);
  };

  if (notification.kind === "COORDINATOR_NEW_LEAD" && notification.recipients.length === 0) {
    return record("failed", "No coordinator address is configured (settings: coordinatorEmails).", { status: "FAILED", lastError: "no recipients" });
  }
  const mail =
    notification.kind === "COORDINATOR_NEW_LEAD"
      ? renderCoordinatorEmail(notified, {
          to: notification.recipients,
          locale: settings.coordinatorLocale,
          serviceTimeZone: settings.workingHours.timeZone,
          appUrl: env.APP_URL,
        })
      : renderPatientEmail(notified);
  try {
    const response = await sender.send(mail);
    await record("sent", response, { status: "SENT", sentAt: new Date(), lastError: null });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const givingUp = Date.now() - notification.createdAt.getTime() > RETRY_FOR_MS;
    if (isPermanentFailure(error) || givingUp) {
      await record("failed", message, { status: "FAILED", lastError: message });
    } else {
      const nextAttemptAt = new Date(Date.now() + retryDelayMs(notification.attempts + 1));
      await record("retry", message, { nextAttemptAt, lastError: message });
    }
  }
}

/** Sends what is due; returns how many notifications were attempted. */
export async function deliverDueNotifications(sender: MailSender, batchSize = 20): Promise<number> {
  const ids = await claimDue(batchSize);
  const results = await Promise.allSettled(ids.map((id) => deliver(id, sender)));
  for (const result of results) {
    // The row stays claimed until its lock expires, then it is tried again.
    if (result.status === "rejected") logger.error({ err: result.reason }, "A notification delivery crashed");
  }
  return ids.length;
}
