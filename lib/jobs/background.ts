import "server-only";
import { listenForPageChanges } from "@/lib/page-refresh";
import { env } from "@/lib/env";
import { mailer } from "@/lib/mail/mailer";
import { startNotificationWorker } from "@/lib/notifications/worker";
import { jobs } from "./jobs";
import { startJobLoop } from "./runner";

/**
 * Everything that runs beside the web server: periodic jobs, the listener that refreshes the pages when what they show
 * changes (on every instance) and, unless turned off, the notification sender.
 */
export function startBackgroundWork(options: { sendNotifications: boolean } = { sendNotifications: env.NOTIFICATION_WORKER === "on" }) {
  const stops = [startJobLoop(jobs), listenForPageChanges()];
  if (options.sendNotifications) stops.push(startNotificationWorker(mailer));
  return () => stops.forEach((stop) => stop());
}
