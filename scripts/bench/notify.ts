import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createMailSender } from "../../lib/mail/mail-sender";
import { generateSecrets } from "../lib/development-secrets";
import { startEmbeddedPostgres } from "../lib/embedded-postgres";
import { prepareDatabase } from "../lib/prepare-database";
import { startSmtpSink } from "../lib/smtp-sink";

/**
 * `npm run bench:notify`: time from a lead's commit to the coordinator email being accepted by an SMTP server, for
 * 200 leads, with `npm run worker` running as its own process (the same code the Next.js server starts). Two arrival
 * patterns: a steady 10 leads per second, and all 200 at once. The baseline, measured in the same run against the same
 * SMTP server, is the app's mail sender (pooled nodemailer) sending one prepared message at a time: the floor any outbox adds to.
 * Then two faults: how long after an SMTP outage the backlog takes to leave, and after the worker is killed mid-send.
 */
const leadCount = 200;
const directory = await mkdtemp(path.join(os.tmpdir(), "careport-bench-notify-"));
const database = await startEmbeddedPostgres({ directory, database: "careport_bench", persistent: false });
const acceptedAt = new Map<string, number>();
const startSink = (port?: number) =>
  startSmtpSink({
    port,
    onAccept(mail) {
      const reference = mail.subject?.match(/CP-[A-Z0-9]{4}-[A-Z0-9]{4}/)?.[0];
      if (reference && mail.subject?.startsWith("New consultation request")) acceptedAt.set(reference, performance.timeOrigin + performance.now());
    },
  });
let sink = await startSink();
Object.assign(process.env, {
  ...generateSecrets(),
  SMTP_URL: sink.url,
  DATABASE_URL: database.databaseUrl,
  APP_URL: "http://127.0.0.1:3000",
  NEXT_TELEMETRY_DISABLED: "1",
});

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
};
const row = (label: string, latencies: number[], missing = 0) =>
  `| ${label} | ${latencies.length} | ${percentile(latencies, 0.5).toFixed(0)} | ${percentile(latencies, 0.95).toFixed(0)} | ` +
  `${Math.max(...latencies).toFixed(0)} | ${missing} |`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let worker: ReturnType<typeof spawn> | undefined;
try {
  await prepareDatabase(database.databaseUrl);
  // Imported after the environment is set: these modules read it when loaded.
  const { db } = await import("../../lib/db");
  const { createLead } = await import("../../lib/leads/create-lead");
  const { consultationSchema } = await import("../../lib/validation/consultation");
  const { validConsultation } = await import("../../tests/fixtures/consultation");

  const committedAt = new Map<string, number>();
  const createOne = async () => {
    const { reference } = await createLead({
      consultation: consultationSchema.parse(validConsultation()),
      phone: "+380671234567",
      meta: { formToken: "bench", website: "", timeZone: "Europe/Kyiv" },
      locale: "en",
      files: [],
      ipHash: "bench",
      respondBy: new Date(Date.now() + 30 * 60_000),
      spamReason: null,
      coordinatorRouting: { coordinatorEmails: ["coordinators@careport.test"], routingRules: [] },
    });
    committedAt.set(reference, performance.timeOrigin + performance.now());
  };
  const waitForAll = async () => {
    for (let waited = 0; [...committedAt.keys()].some((reference) => !acceptedAt.has(reference)) && waited < 120_000; waited += 100) {
      await sleep(100);
    }
    const latencies = [...committedAt].filter(([reference]) => acceptedAt.has(reference)).map(([reference, at]) => acceptedAt.get(reference)! - at);
    const missing = committedAt.size - latencies.length;
    committedAt.clear();
    acceptedAt.clear();
    return { latencies, missing };
  };

  const sender = createMailSender({ smtpUrl: sink.url, from: "bench@careport.test", captureDir: directory });
  const direct: number[] = [];
  for (let index = 0; index < leadCount; index += 1) {
    const begin = performance.now();
    await sender.send({ to: ["coordinators@careport.test"], subject: "Baseline", text: "Baseline message", html: "<p>Baseline message</p>" });
    direct.push(performance.now() - begin);
  }

  const startWorker = () =>
    spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/worker.ts"], {
      env: process.env,
      stdio: ["ignore", "ignore", "inherit"],
    });
  /** Seconds from `since` until no notification is left pending. */
  const secondsUntilAllSent = async (since: number) => {
    while ((await db.notification.count({ where: { status: "PENDING" } })) > 0) await sleep(20);
    return ((performance.now() - since) / 1000).toFixed(1);
  };
  worker = startWorker();
  await createOne(); // warm-up: the worker's first claim, render and connection
  await waitForAll();

  for (let index = 0; index < leadCount; index += 1) {
    void createOne();
    await sleep(100);
  }
  const steady = await waitForAll();

  await Promise.all(Array.from({ length: leadCount }, createOne));
  const burst = await waitForAll();
  sender.close();

  // An outage: the SMTP server disappears, 20 leads arrive and their 40 emails fail into backoff; then it comes back.
  const { port } = sink;
  await sink.close();
  await Promise.all(Array.from({ length: 20 }, createOne));
  const inBackoff = { status: "PENDING", attempts: { gte: 1 }, nextAttemptAt: { gt: new Date() } } as const;
  while ((await db.notification.count({ where: inBackoff })) < 40) await sleep(100);
  await sleep(6_000); // the backoff has begun and the worker has probed the absent server at least once
  sink = await startSink(port);
  const drain = await secondsUntilAllSent(performance.now());
  await waitForAll();

  // A worker killed mid-send: the server holds its reply to 10 leads' emails, the worker gets kill -9, another starts.
  sink.replyAfter(60_000);
  const seenBefore = sink.seen.length;
  await Promise.all(Array.from({ length: 10 }, createOne));
  while (sink.seen.length < seenBefore + 5) await sleep(20);
  worker.kill("SIGKILL");
  await once(worker, "exit");
  sink.replyAfter(0);
  const restartedAt = performance.now();
  worker = startWorker();
  const resume = await secondsUntilAllSent(restartedAt);
  await waitForAll();

  const sent = await db.notification.count({ where: { status: "SENT" } });
  const attempts = await db.notificationAttempt.count();

  console.log(`\nLead committed → coordinator email accepted by the SMTP server (ms), worker in its own process:\n`);
  console.log("| case | messages | p50 | p95 | max | not delivered |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
  console.log(row("baseline: the mail sender alone, one message at a time", direct));
  console.log(row("200 leads, 10 per second", steady.latencies, steady.missing));
  console.log(row("200 leads at once", burst.latencies, burst.missing));
  console.log(`\nAfter an outage, every waiting email sent ${drain} s after the SMTP server came back (target < 10 s).`);
  console.log(`After kill -9 of the worker mid-send, every email sent ${resume} s after a new worker was started (target < 10 s).`);
  console.log(`\n${sent} notifications sent (coordinator + patient) in ${attempts} attempts.`);
  await db.$disconnect();
} finally {
  worker?.kill("SIGTERM");
  await sink.close();
  await database.stop();
  await rm(directory, { recursive: true, force: true });
}
