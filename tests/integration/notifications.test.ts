import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { createLead } from "@/lib/leads/create-lead";
import { createMailSender, type MailSender } from "@/lib/mail/mail-sender";
import { deliverDueNotifications } from "@/lib/notifications/deliver-notifications";
import { startNotificationWorker } from "@/lib/notifications/worker";
import { resetSetting, updateSetting } from "@/lib/settings/settings";
import { consultationSchema } from "@/lib/validation/consultation";
import { validConsultation } from "@/tests/fixtures/consultation";
import { startSmtpSink } from "@/scripts/lib/smtp-sink";
import { freePort } from "@/scripts/lib/embedded-postgres";

const senders: MailSender[] = [];
function senderFor(url: string) {
  const sender = createMailSender({ smtpUrl: url, from: "Careport <no-reply@careport.test>", captureDir: "/dev/null" });
  senders.push(sender);
  return sender;
}

async function newLead(
  options: { locale?: Locale; email?: string; recipients?: string[]; afterLeadInsert?: () => Promise<void> } = {},
) {
  const consultation = consultationSchema.parse(
    validConsultation({ email: options.email ?? `patient-${randomUUID().slice(0, 8)}@example.com` }),
  );
  const { reference } = await createLead({
    consultation,
    phone: "+380671234567",
    meta: { formToken: "x", website: "", timeZone: "Europe/Kyiv" },
    locale: options.locale ?? "en",
    files: [],
    ipHash: "test",
    respondBy: new Date("2026-11-24T12:30:00Z"),
    spamReason: null,
    coordinatorRouting: { coordinatorEmails: options.recipients ?? ["coordinators@careport.test"], routingRules: [] },
    afterLeadInsert: options.afterLeadInsert,
  });
  return db.lead.findUniqueOrThrow({ where: { reference }, include: { notifications: true } });
}

async function deliverAll(sender: ReturnType<typeof senderFor>) {
  while ((await deliverDueNotifications(sender)) > 0);
}

let sink: Awaited<ReturnType<typeof startSmtpSink>>;

beforeEach(async () => {
  await db.notification.deleteMany();
  sink = await startSmtpSink();
});
afterEach(async () => {
  senders.splice(0).forEach((sender) => sender.close());
  await sink.close();
  await resetSetting("coordinatorLocale");
  await resetSetting("operator");
});

describe("notification delivery over SMTP", () => {
  it("sends the coordinator the contact details without medical details, and the patient a confirmation (en)", async () => {
    const lead = await newLead();
    await deliverAll(senderFor(sink.url));
    expect(sink.received).toHaveLength(2);
    const coordinator = sink.received.find((mail) => mail.subject?.startsWith("New consultation request"))!;
    expect(coordinator.subject).toBe(`New consultation request ${lead.reference} — Ukraine`);
    expect(coordinator.text).toContain("+380671234567");
    expect(coordinator.text).toContain("https://wa.me/380671234567");
    expect(coordinator.text).toContain(`/en/admin/leads/${lead.id}`);
    expect(coordinator.html).toContain('href="tel:+380671234567"');
    expect(coordinator.text).not.toContain(lead.message);
    expect(coordinator.text).not.toMatch(/metastas|radioembolization/i);

    const patient = sink.received.find((mail) => mail !== coordinator)!;
    expect((patient.to as { text: string }).text).toBe(lead.email);
    expect(patient.subject).toBe(`We have received your request ${lead.reference}`);
    expect(patient.text).toContain(lead.reference);
    expect(patient.text).not.toContain(lead.message);

    const stored = await db.notification.findMany({ where: { leadId: lead.id }, include: { attemptLog: true } });
    expect(stored.every((n) => n.status === "SENT" && n.attemptLog.length === 1 && n.attemptLog[0]!.outcome === "sent")).toBe(true);
  });

  it("writes in Arabic when the patient wrote in Arabic and coordinators read Arabic", async () => {
    await updateSetting("coordinatorLocale", "ar");
    const lead = await newLead({ locale: "ar" });
    await deliverAll(senderFor(sink.url));
    const patient = sink.received.find((mail) => (mail.to as { text: string }).text === lead.email)!;
    expect(patient.subject).toContain(lead.reference);
    expect(patient.subject).toMatch(/[\u0600-\u06FF]/);
    expect(patient.html).toContain('dir="rtl"');
    const coordinator = sink.received.find((mail) => mail !== patient)!;
    expect(coordinator.subject).toMatch(/[\u0600-\u06FF]/);
    expect(coordinator.text).toContain(`/ar/admin/leads/${lead.id}`);
  });

  it("tells the patient who runs the site and how to reach them, escaped, with numbers left to right in Arabic", async () => {
    const before = await newLead();
    await updateSetting("operator", {
      name: "Careport <b>Coordination</b> & Co",
      legalEntity: "Careport Services GmbH",
      address: "Example Street 1, 10115 Berlin, Germany",
      email: "contact@careport.example",
      phone: "+442079460958",
      whatsApp: "+61491570006",
    });
    const lead = await newLead({ locale: "ar" });
    await deliverAll(senderFor(sink.url));
    const patientMail = (email: string) => sink.received.find((mail) => (mail.to as { text: string }).text === email)!;
    // Rendered when sent, so a confirmation waiting in the outbox carries the contact saved meanwhile.
    expect(patientMail(before.email).text).toContain("+44 20 7946 0958");

    const patient = patientMail(lead.email);
    const isolated = (text: string) => `\u2066${text}\u2069`;
    expect(patient.text).toContain("Careport <b>Coordination</b> & Co");
    expect(patient.text).toContain("Careport Services GmbH");
    expect(patient.text).toContain(isolated("+44 20 7946 0958"));
    expect(patient.text).toContain(isolated("https://wa.me/61491570006"));
    expect(patient.text).toContain(isolated("contact@careport.example"));
    expect(patient.html).toContain('<a href="tel:+442079460958" dir="ltr">+44 20 7946 0958</a>');
    expect(patient.html).toContain('<a href="https://wa.me/61491570006" dir="ltr">+61 491 570 006</a>');
    expect(patient.html).toContain('<a href="mailto:contact@careport.example" dir="ltr">contact@careport.example</a>');
    expect(patient.html).toContain("Careport &#60;b&#62;Coordination&#60;/b&#62; &#38; Co");
    expect(patient.html).not.toContain("<b>");
  });

  it("keeps the notification when the SMTP server is down and delivers it once it is back", async () => {
    const port = await freePort();
    const lead = await newLead();
    await deliverAll(senderFor(`smtp://127.0.0.1:${port}`));
    const waiting = await db.notification.findMany({ where: { leadId: lead.id } });
    expect(waiting.every((n) => n.status === "PENDING" && n.attempts === 1 && n.nextAttemptAt > new Date())).toBe(true);

    const restarted = await startSmtpSink({ port });
    try {
      await db.notification.updateMany({ where: { leadId: lead.id }, data: { nextAttemptAt: new Date() } });
      await deliverAll(senderFor(restarted.url));
      expect(restarted.received).toHaveLength(2);
      expect((await db.notification.findMany({ where: { leadId: lead.id } })).every((n) => n.status === "SENT")).toBe(true);
    } finally {
      await restarted.close();
    }
  });

  it("retries a 451 reply later, with exponential backoff", async () => {
    sink.answerWith(451, "Try again later");
    const lead = await newLead();
    await deliverAll(senderFor(sink.url));
    const [first] = await db.notification.findMany({ where: { leadId: lead.id }, include: { attemptLog: true } });
    expect(first).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(first!.attemptLog[0]).toMatchObject({ outcome: "retry" });
    expect(first!.attemptLog[0]!.smtpResponse).toContain("451");
    expect(first!.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(30_000);
  });

  it("marks a 550 reply as failed and does not retry it", async () => {
    sink.answerWith(550, "Mailbox unavailable");
    const lead = await newLead();
    await deliverAll(senderFor(sink.url));
    const stored = await db.notification.findMany({ where: { leadId: lead.id } });
    expect(stored.every((n) => n.status === "FAILED" && n.lastError?.includes("550"))).toBe(true);
    sink.accept();
    await db.notification.updateMany({ where: { leadId: lead.id }, data: { nextAttemptAt: new Date(0) } });
    expect(await deliverDueNotifications(senderFor(sink.url))).toBe(0);
    expect(sink.received).toHaveLength(0);
  });

  it("delivers each message exactly once with two workers on the same database", async () => {
    const leads = await Promise.all(Array.from({ length: 8 }, () => newLead()));
    const sender = senderFor(sink.url);
    await Promise.all([deliverAll(sender), deliverAll(sender)]);
    expect(sink.received).toHaveLength(leads.length * 2);
    const keys = sink.received.map((mail) => `${mail.subject}|${(mail.to as { text: string }).text}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("fails visibly when no coordinator address is configured", async () => {
    const lead = await newLead({ recipients: [] });
    await deliverAll(senderFor(sink.url));
    const coordinator = await db.notification.findFirstOrThrow({ where: { leadId: lead.id, kind: "COORDINATOR_NEW_LEAD" } });
    expect(coordinator).toMatchObject({ status: "FAILED", lastError: "no recipients" });
    expect(sink.received).toHaveLength(1);
  });
});

describe("the running worker", () => {
  const waitFor = async (condition: () => boolean, ms = 10_000) => {
    for (const end = Date.now() + ms; !condition() && Date.now() < end; ) await new Promise((r) => setTimeout(r, 50));
  };

  it("sends a committed lead's emails at once, without waiting for its next poll", async () => {
    const stop = startNotificationWorker(senderFor(sink.url), 10 * 60_000);
    try {
      await new Promise((resolve) => setTimeout(resolve, 500)); // the first pass (an empty outbox) and LISTEN
      const lead = await newLead();
      await waitFor(() => sink.received.length === 2);
      expect(sink.received.map((mail) => mail.subject).sort()).toEqual([
        `New consultation request ${lead.reference} — Ukraine`,
        `We have received your request ${lead.reference}`,
      ]);
    } finally {
      stop();
    }
  });

  it("when there is nothing to send, asks the database once per poll instead of spinning", async () => {
    // A statement-level trigger fires for every UPDATE, even one that matches no row: it counts the worker's claims.
    await db.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS "ClaimCount" (n int NOT NULL)`);
    await db.$executeRawUnsafe(`TRUNCATE "ClaimCount"`);
    await db.$executeRawUnsafe(
      `CREATE OR REPLACE FUNCTION count_claim() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO "ClaimCount" VALUES (1); RETURN NULL; END $$`,
    );
    await db.$executeRawUnsafe(`CREATE TRIGGER count_claims AFTER UPDATE ON "Notification" FOR EACH STATEMENT EXECUTE FUNCTION count_claim()`);
    const stop = startNotificationWorker(senderFor(sink.url), 500);
    try {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    } finally {
      stop();
      await db.$executeRawUnsafe(`DROP TRIGGER count_claims ON "Notification"`);
    }
    const [counted] = await db.$queryRawUnsafe<{ claims: number }[]>(`SELECT count(*)::int AS claims FROM "ClaimCount"`);
    // Four polls in two seconds, each claiming due mail and mail waiting for the server, plus a probe: about ten.
    expect(counted?.claims).toBeLessThan(30);
  });

  it("sends nothing for a lead whose transaction was rolled back", async () => {
    const stop = startNotificationWorker(senderFor(sink.url), 10 * 60_000);
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const failedEmail = "rolled-back@example.com";
      await expect(newLead({ email: failedEmail, afterLeadInsert: () => Promise.reject(new Error("rolled back")) })).rejects.toThrow();
      const kept = await newLead();
      await waitFor(() => sink.received.length >= 2);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(sink.received.map((mail) => mail.subject).sort()).toEqual([
        `New consultation request ${kept.reference} — Ukraine`,
        `We have received your request ${kept.reference}`,
      ]);
      expect(sink.received.some((mail) => (mail.to as { text: string }).text === failedEmail)).toBe(false);
      expect(await db.lead.count({ where: { email: failedEmail } })).toBe(0);
    } finally {
      stop();
    }
  });
});
