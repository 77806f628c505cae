import "server-only";
import { logger } from "@/lib/logger";
import type { MailSender } from "@/lib/mail/mail-sender";
import { deliverDueNotifications } from "./deliver-notifications";
import { listenForOutbox } from "./outbox-signal";

const batchSize = 20;

/**
 * Sends due notifications as soon as a committed lead signals them, and polls every `pollMs` for retries that come due
 * and for anything a missed signal left behind (at once again while a full batch came back). Runs one pass at a time.
 */
export function startNotificationWorker(sender: MailSender, pollMs = 500): () => void {
  let stopped = false;
  let running = false;
  let wanted = false;
  let timer: NodeJS.Timeout | undefined;
  const run = async () => {
    if (stopped) return;
    if (running) {
      wanted = true;
      return;
    }
    running = true;
    clearTimeout(timer);
    let delay = pollMs;
    try {
      if ((await deliverDueNotifications(sender, batchSize)) === batchSize) delay = 0;
    } catch (error) {
      logger.error({ err: error }, "The notification worker could not reach the database");
      delay = 5_000;
    }
    running = false;
    if (wanted && delay !== 5_000) delay = 0;
    wanted = false;
    if (!stopped) timer = setTimeout(run, delay).unref();
  };
  const stopListening = listenForOutbox(() => void run());
  void run();
  return () => {
    stopped = true;
    clearTimeout(timer);
    stopListening();
  };
}
