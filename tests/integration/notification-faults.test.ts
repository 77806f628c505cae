import { spawn } from "node:child_process";
import { once } from "node:events";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMailSender } from "@/lib/mail/mail-sender";
import { messageIdFor } from "@/lib/notifications/deliver-notifications";
import { startNotificationWorker } from "@/lib/notifications/worker";
import { startSmtpSink } from "@/scripts/lib/smtp-sink";
import { createTestLead } from "@/tests/factories/lead";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Polls until `condition` holds; false if `ms` passed first. */
async function waitUntil(condition: () => boolean | Promise<boolean>, ms: number) {
  for (const end = Date.now() + ms; !(await condition()); await sleep(50)) if (Date.now() > end) return false;
  return true;
}
const sentCount = () => db.notification.count({ where: { status: "SENT" } });

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
const stops: (() => void)[] = [];
function startWorker() {
  const sender = createMailSender({ smtpUrl: sink.url, from: "Careport <no-reply@careport.test>", captureDir: "/dev/null" });
  const stop = startNotificationWorker(sender);
  stops.push(() => {
    stop();
    sender.close();
  });
}

beforeEach(async () => {
  await db.notification.deleteMany();
  sink = await startSmtpSink();
});
afterEach(async () => {
  stops.splice(0).forEach((stop) => stop());
  await sink.close();
});

describe("email after a fault", () => {
  it("sends the mail a killed worker had claimed within 10 s of a restart, once, under the same Message-ID", async () => {
    sink.replyAfter(60_000); // the worker is killed while the server holds its reply to both messages
    const worker = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/worker.ts"], {
      env: { ...process.env, SMTP_URL: sink.url },
      stdio: "ignore",
    });
    try {
      await createTestLead();
      expect(await waitUntil(() => sink.seen.length === 2, 30_000)).toBe(true);
    } finally {
      worker.kill("SIGKILL");
      await once(worker, "exit");
    }
    sink.replyAfter(0);
    const restartedAt = Date.now();
    startWorker();
    expect(await waitUntil(async () => (await sentCount()) === 2, 15_000)).toBe(true);
    expect(Date.now() - restartedAt).toBeLessThan(10_000);

    const expectedIds = (await db.notification.findMany()).map((notification) => messageIdFor(notification.id)).sort();
    expect(sink.received.map((mail) => mail.messageId).sort()).toEqual(expectedIds);
    expect(sink.seen.slice(0, 2).map((mail) => mail.messageId).sort()).toEqual(expectedIds);
  });

  it("waits for a server that answers the message 25 s later and sends it once, with a second worker running", async () => {
    sink.replyAfter(25_000);
    startWorker();
    startWorker();
    await createTestLead();
    expect(await waitUntil(async () => (await sentCount()) === 2, 40_000)).toBe(true);
    expect(sink.seen).toHaveLength(2);
    expect(sink.received).toHaveLength(2);
    const attempts = await db.notificationAttempt.findMany();
    expect(attempts.map((attempt) => attempt.outcome)).toEqual(["sent", "sent"]);
  });

  it("keeps sending other mail while the server takes its time to answer one lead's messages", async () => {
    startWorker();
    sink.replyAfter(8_000);
    await createTestLead();
    expect(await waitUntil(() => sink.seen.length === 2, 10_000)).toBe(true);
    sink.replyAfter(0);
    const next = await createTestLead();
    const createdAt = Date.now();
    expect(await waitUntil(() => sink.received.length === 2, 5_000)).toBe(true);
    // Well before the 8 s the other lead's reply is held: that send did not wait behind it.
    expect(Date.now() - createdAt).toBeLessThan(5_000);
    expect(sink.received.every((mail) => mail.subject?.includes(next.reference))).toBe(true);
    expect(await waitUntil(async () => (await sentCount()) === 4, 15_000)).toBe(true);
    expect(sink.received).toHaveLength(4);
  });

  it("sends everything that waited through an outage within 10 s of the server coming back", async () => {
    const { port } = sink;
    await sink.close();
    startWorker();
    await Promise.all(Array.from({ length: 3 }, () => createTestLead()));
    const waiting = () => db.notification.count({ where: { status: "PENDING", attempts: { gte: 1 }, nextAttemptAt: { gt: new Date() } } });
    expect(await waitUntil(async () => (await waiting()) === 6, 15_000)).toBe(true);

    sink = await startSmtpSink({ port });
    const backAt = Date.now();
    expect(await waitUntil(async () => (await sentCount()) === 6, 15_000)).toBe(true);
    expect(Date.now() - backAt).toBeLessThan(10_000);
    expect(new Set(sink.received.map((mail) => mail.messageId)).size).toBe(6);
  });

  it("records every send of a 50-lead burst while web requests hold every connection of the app's pool", async () => {
    startWorker();
    // Ten at a time, as many as the app's pool holds: fifty transactions at once can wait past Prisma's 2 s for a
    // connection when other test files run beside this one.
    for (let batch = 0; batch < 5; batch += 1) await Promise.all(Array.from({ length: 10 }, () => createTestLead()));
    const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await holder.connect();
    await holder.query("SELECT pg_advisory_lock(7312)");
    // Each waits for the lock on a connection of the app's pool (10), more than it has; `then` starts Prisma's lazy query.
    const requests = Array.from({ length: 15 }, () => db.$executeRaw`SELECT pg_advisory_xact_lock_shared(7312)`.then(() => "done"));
    try {
      expect(await Promise.race([db.$queryRaw`SELECT 1`.then(() => "answered"), sleep(500).then(() => "pool exhausted")])).toBe(
        "pool exhausted",
      );
      const recorded = async () => (await holder.query(`SELECT count(*)::int AS n FROM "Notification" WHERE "status" = 'SENT'`)).rows[0].n;
      expect(await waitUntil(async () => (await recorded()) === 100, 15_000)).toBe(true);
    } finally {
      await holder.query("SELECT pg_advisory_unlock(7312)");
      await Promise.all(requests);
      await holder.end();
    }
    expect(new Set(sink.received.map((mail) => mail.messageId)).size).toBe(100);
  });
});
