import "server-only";
import { listenForCatalogChanges } from "@/lib/catalog-editing/catalog-refresh";
import { env } from "@/lib/env";
import { mailer } from "@/lib/mail/mailer";
import { startNotificationWorker } from "@/lib/notifications/worker";
import { jobs } from "./jobs";
import { startJobLoop } from "./runner";

/**
 * Everything that runs beside the web server: periodic jobs, the listener that refreshes catalog pages when a change is
 * published (on every instance) and, unless turned off, the notification sender.
 */
export function startBackgroundWork(options: { sendNotifications: boolean } = { sendNotifications: env.NOTIFICATION_WORKER === "on" }) {
  const stops = [startJobLoop(jobs), listenForCatalogChanges()];
  if (options.sendNotifications) stops.push(startNotificationWorker(mailer));
  return () => stops.forEach((stop) => stop());
}
