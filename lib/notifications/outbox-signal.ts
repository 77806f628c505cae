import "server-only";
import pg from "pg";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";

const channel = "notification_outbox";

/**
 * Wakes the workers when the surrounding transaction commits (PostgreSQL delivers NOTIFY only on commit, and not at
 * all on rollback), so a new lead's emails leave within milliseconds instead of at the next poll.
 */
export async function signalOutbox(tx: Prisma.TransactionClient) {
  await tx.$executeRaw`SELECT pg_notify(${channel}, '')`;
}

/**
 * Calls `onSignal` for every signal, on a connection of its own. Polling stays the guarantee; if this connection
 * drops, it is reopened after a pause and nothing is lost meanwhile.
 */
export function listenForOutbox(onSignal: () => void, retryMs = 5_000): () => void {
  let stopped = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  const connect = async () => {
    const current = new pg.Client({ connectionString: env.DATABASE_URL });
    client = current;
    const reconnect = () => {
      current.removeAllListeners();
      void current.end().catch(() => {});
      if (!stopped) retry = setTimeout(connect, retryMs).unref();
    };
    current.on("notification", onSignal);
    current.on("error", reconnect);
    try {
      await current.connect();
      await current.query(`LISTEN ${channel}`);
    } catch {
      reconnect();
    }
  };
  void connect();
  return () => {
    stopped = true;
    clearTimeout(retry);
    client?.removeAllListeners();
    void client?.end().catch(() => {});
  };
}
