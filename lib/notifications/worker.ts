import "server-only";
import type { MailSender } from "@/lib/mail/mail-sender";
import { deliverDueNotifications } from "./deliver-notifications";

const batchSize = 20;

/** Polls the outbox every `pollMs` (at once again while a full batch came back) until stopped. */
export function startNotificationWorker(sender: MailSender, pollMs = 500): () => void {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const loop = async () => {
    if (stopped) return;
    let delay = pollMs;
    try {
      if ((await deliverDueNotifications(sender, batchSize)) === batchSize) delay = 0;
    } catch (error) {
      console.error("Notification worker could not reach the database", error);
      delay = 5_000;
    }
    if (!stopped) {
      timer = setTimeout(loop, delay);
      timer.unref();
    }
  };
  void loop();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
