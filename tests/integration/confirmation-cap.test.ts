import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMailSender } from "@/lib/mail/mail-sender";
import { deliverDueNotifications } from "@/lib/notifications/deliver-notifications";
import { startSmtpSink } from "@/scripts/lib/smtp-sink";
import { createTestLead } from "@/tests/factories/lead";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.close();
});

const addressedTo = (email: string) =>
  sink.received.filter((mail) => (mail.to as { text: string } | undefined)?.text.toLowerCase() === email.toLowerCase());

describe("patient confirmations", () => {
  it("go to one address at most 3 times a day, whoever sends the requests; leads and coordinators are unaffected", async () => {
    const email = `target-${randomUUID().slice(0, 8)}@example.com`;
    const spellings = [email, email.toUpperCase(), email, ` ${email}`, email];
    const leads = [];
    for (const spelling of spellings) leads.push(await createTestLead({ email: spelling.trim() }));

    const sender = createMailSender({ smtpUrl: sink.url, from: "Careport <no-reply@careport.test>", captureDir: "/dev/null" });
    while ((await deliverDueNotifications(sender)) > 0);
    sender.close();

    expect(addressedTo(email)).toHaveLength(3);
    const notifications = await db.notification.findMany({
      where: { leadId: { in: leads.map((lead) => lead.id) } },
      orderBy: { createdAt: "asc" },
    });
    expect(notifications.filter((n) => n.kind === "COORDINATOR_NEW_LEAD").map((n) => n.status)).toEqual(Array(5).fill("SENT"));
    const confirmations = leads.map((lead) => notifications.find((n) => n.leadId === lead.id && n.kind === "PATIENT_CONFIRMATION")!);
    expect(confirmations.map((n) => n.status)).toEqual(["SENT", "SENT", "SENT", "FAILED", "FAILED"]);
    // Shown beside the email on the lead's page, so a coordinator knows why the patient got nothing.
    expect(confirmations[3]!.lastError).toBe("not sent: this address already got 3 confirmations in 24 hours");
  });
});
