import "server-only";
import { logger } from "@/lib/logger";
import type { MailSender } from "@/lib/mail/mail-sender";
import { probeMailServer } from "./claims";
import { deliverDueNotifications } from "./deliver-notifications";
import { listenForOutbox } from "./outbox-signal";

const batchSize = 20;
/** While mail waits for an unreachable server, one message at most this often asks whether it is back. */
const probeEveryMs = 5_000;

/**
 * Sends due notifications as soon as a committed lead signals them, and polls every `pollMs` for retries that come due
 * and for anything a missed signal left behind (at once again while a full batch came back). Runs one pass at a time.
 * Every 5 s it makes one message that waits for the mail server due; once one gets through, the rest follow at once.
 */
export function startNotificationWorker(sender: MailSender, pollMs = 500): () => void {
  let stopped = false;
  let running = false;
  let wanted = false;
  let timer: NodeJS.Timeout | undefined;
  let probedAt = 0;
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
      if (Date.now() - probedAt >= probeEveryMs) {
        probedAt = Date.now();
        await probeMailServer();
      }
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
