import "server-only";
import { logger } from "@/lib/logger";
import { env } from "@/lib/env";
import { isPermanentFailure, isServerUnavailable, type MailSender } from "@/lib/mail/mail-sender";
import { getSettings } from "@/lib/settings/settings";
import { claimDue, holdClaims, retryAwaitingServer } from "./claims";
import { renderCoordinatorEmail, renderPatientEmail } from "./render-notification";
import { workerDb } from "./worker-db";

/** Temporary failures are retried with exponential backoff for at least this long, then shown as failed. */
export const RETRY_FOR_MS = 25 * 60 * 60 * 1000;
export const retryDelayMs = (attempts: number) => Math.min(60_000 * 2 ** (attempts - 1), 60 * 60 * 1000);

/** The same for every attempt, so a rare repeat (a crash after the server accepted it) is recognisable and threads as one. */
export const messageIdFor = (notificationId: string) => `<${notificationId}@${new URL(env.APP_URL).hostname}>`;

type Outcome = "sent" | "retry" | "failed";

async function deliver(id: string, sender: MailSender): Promise<Outcome> {
  const db = workerDb();
  const notification = await db.notification.findUniqueOrThrow({
    where: { id },
    include: { lead: { include: { _count: { select: { files: true } } } } },
  });
  const { lead } = notification;
  const settings = await getSettings(db);
  const notified = { ...lead, fileCount: lead._count.files };
  const record = async (outcome: Outcome, response: string, update: object) => {
    await db.$transaction([
      db.notificationAttempt.create({ data: { notificationId: id, outcome, smtpResponse: response.slice(0, 1000) } }),
      db.notification.update({ where: { id }, data: { attempts: { increment: 1 }, lockedUntil: null, ...update } }),
    ]);
    return outcome;
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
      : renderPatientEmail(notified, settings.operator);
  try {
    const response = await sender.send({ ...mail, messageId: messageIdFor(id) });
    return await record("sent", response, { status: "SENT", sentAt: new Date(), lastError: null, awaitingServer: false });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const givingUp = Date.now() - notification.createdAt.getTime() > RETRY_FOR_MS;
    if (isPermanentFailure(error) || givingUp) {
      return record("failed", message, { status: "FAILED", lastError: message, awaitingServer: false });
    }
    const nextAttemptAt = new Date(Date.now() + retryDelayMs(notification.attempts + 1));
    return record("retry", message, { nextAttemptAt, lastError: message, awaitingServer: isServerUnavailable(error) });
  }
}

/**
 * Claims up to `limit` due notifications and starts sending them; `finished` settles (never rejects) once each has an
 * outcome. Claims are renewed while their sends are in progress; a row whose delivery crashed is let go, so its lease
 * lapses within seconds and it is tried again.
 */
export async function startDueDeliveries(sender: MailSender, limit: number) {
  const ids = await claimDue(limit);
  const held = new Set(ids);
  const release = holdClaims(held);
  const finished = Promise.allSettled(ids.map((id) => deliver(id, sender).finally(() => held.delete(id)))).then(async (results) => {
    release();
    for (const result of results) {
      if (result.status === "rejected") logger.error({ err: result.reason }, "A notification delivery crashed");
    }
    if (results.some((result) => result.status === "fulfilled" && result.value === "sent")) {
      await retryAwaitingServer().catch((error: unknown) => logger.error({ err: error }, "Could not bring waiting notifications forward"));
    }
  });
  return { claimed: ids.length, finished };
}

/** Sends what is due and waits for the outcomes; returns how many notifications were attempted. */
export async function deliverDueNotifications(sender: MailSender, batchSize = 20): Promise<number> {
  const { claimed, finished } = await startDueDeliveries(sender, batchSize);
  await finished;
  return claimed;
}
