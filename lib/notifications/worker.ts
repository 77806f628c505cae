import "server-only";
import { logger } from "@/lib/logger";
import type { MailSender } from "@/lib/mail/mail-sender";
import { probeMailServer } from "./claims";
import { startDueDeliveries } from "./deliver-notifications";
import { listenForSignal } from "@/lib/database-signal";

/** Sends in progress at most; a server slow to answer some of them leaves room for the rest. */
const maxInFlight = 20;
/** While mail waits for an unreachable server, one message at most this often asks whether it is back. */
const probeEveryMs = 5_000;

/**
 * Sends due notifications as soon as a committed lead signals them, and polls every `pollMs` for retries that come due
 * and for anything a missed signal left behind (at once again after a full claim, or when sends finish). Claims one
 * pass at a time, but does not wait for a pass's sends before claiming more: a message whose reply takes minutes holds
 * up nothing else. Every 5 s it makes one message that waits for the mail server due; once one gets through, the rest
 * follow at once.
 */
export function startNotificationWorker(sender: MailSender, pollMs = 500): () => void {
  let stopped = false;
  let running = false;
  let wanted = false;
  let inFlight = 0;
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
      const room = maxInFlight - inFlight;
      if (room > 0) {
        const { claimed, finished } = await startDueDeliveries(sender, room);
        // Finished sends make room for more: look again then. A pass that claimed nothing waits for the next poll or
        // signal; running again at once would ask the database in a loop.
        if (claimed > 0) {
          inFlight += claimed;
          void finished.then(() => {
            inFlight -= claimed;
            void run();
          });
        }
        if (claimed === room) delay = 0;
      }
    } catch (error) {
      logger.error({ err: error }, "The notification worker could not reach the database");
      delay = 5_000;
    }
    running = false;
    if (wanted && delay !== 5_000) delay = 0;
    wanted = false;
    if (!stopped) timer = setTimeout(run, delay).unref();
  };
  const stopListening = listenForSignal("notification_outbox", () => void run());
  void run();
  return () => {
    stopped = true;
    clearTimeout(timer);
    stopListening();
  };
}
