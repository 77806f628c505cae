import "server-only";
import pg from "pg";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The PostgreSQL channels Careport signals on: new mail to send, and a change the public pages show. */
export type SignalChannel = "notification_outbox" | "pages_changed";

/**
 * Signals every listening instance when the surrounding transaction commits (PostgreSQL delivers NOTIFY only on
 * commit, and not at all on rollback).
 */
export async function signalOnCommit(tx: Prisma.TransactionClient, channel: SignalChannel) {
  await tx.$executeRaw`SELECT pg_notify(${channel}, '')`;
}

/**
 * Calls `onSignal` for every signal on `channel`, on a connection of its own, and once each time that connection is
 * (re)opened: a signal sent while it was down is lost, so the listener catches up as if it had received one.
 */
export function listenForSignal(channel: SignalChannel, onSignal: () => void, retryMs = 5_000): () => void {
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
      onSignal();
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
