import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { findPossibleDuplicates } from "@/lib/leads/duplicates";
import { resendNotification } from "@/lib/leads/notification-resend";
import { deleteQuarantinedLead, listQuarantined, restoreQuarantinedLead } from "@/lib/leads/quarantine";
import { db } from "@/lib/db";
import { updateSetting } from "@/lib/settings/settings";
import { fileStorage } from "@/lib/storage/storage";
import { createTestLead } from "@/tests/factories/lead";
import { createStaff } from "@/tests/factories/staff";
const pdf = () => ({ name: "ct-report.pdf", type: "pdf" as const, bytes: Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(2048)]) });
const day = 24 * 60 * 60 * 1000;
const uniquePhone = () => `+49151${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;

describe("quarantine", () => {
  it("lists held submissions with their reason, and restoring one makes it a new lead with both emails queued", async () => {
    const { user } = await createStaff();
    await updateSetting("coordinatorEmails", ["desk@careport.test"]);
    const spam = await createTestLead({ spam: true });
    expect(await db.notification.count({ where: { leadId: spam.id } })).toBe(0);
    const { leads } = await listQuarantined(1);
    expect(leads.find((lead) => lead.id === spam.id)).toMatchObject({ spamReason: "honeypot" });

    expect(await restoreQuarantinedLead(user.id, { leadId: spam.id })).toBe("done");
    const restored = await db.lead.findUniqueOrThrow({ where: { id: spam.id }, include: { notifications: true } });
    expect(restored.status).toBe("NEW");
    expect(restored.spamReason).toBeNull();
    expect(restored.respondBy.getTime()).toBeGreaterThanOrEqual(spam.respondBy.getTime());
    expect(restored.notifications.map(({ kind, status, recipients }) => ({ kind, status, recipients })).sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: "COORDINATOR_NEW_LEAD", status: "PENDING", recipients: ["desk@careport.test"] },
      { kind: "PATIENT_CONFIRMATION", status: "PENDING", recipients: [] },
    ]);
    expect(await db.leadActivity.findFirst({ where: { leadId: spam.id, type: "RESTORED", actorId: user.id } })).not.toBeNull();
    expect((await listQuarantined(1)).leads.some((lead) => lead.id === spam.id)).toBe(false);
    // Restoring twice (two coordinators clicking at once) queues the emails once.
    expect(await restoreQuarantinedLead(user.id, { leadId: spam.id })).toBe("notFound");
    expect(await db.notification.count({ where: { leadId: spam.id } })).toBe(2);
  });

  it("deleting spam removes it and its files from storage; a real lead cannot be deleted this way", async () => {
    const { user } = await createStaff();
    const spam = await createTestLead({ spam: true, files: [pdf()] });
    const key = spam.files[0]!.storageKey;
    expect(await fileStorage.exists(key)).toBe(true);
    expect(await deleteQuarantinedLead(user.id, { leadId: spam.id })).toBe("done");
    expect(await db.lead.findUnique({ where: { id: spam.id } })).toBeNull();
    expect(await fileStorage.exists(key)).toBe(false);

    const lead = await createTestLead();
    expect(await deleteQuarantinedLead(user.id, { leadId: lead.id })).toBe("notFound");
    expect(await db.lead.findUnique({ where: { id: lead.id } })).not.toBeNull();
  });
});

describe("resending an email", () => {
  it("queues a new notification to the addresses configured now and keeps the failed one on record", async () => {
    const { user } = await createStaff();
    await updateSetting("coordinatorEmails", []);
    const lead = await createTestLead();
    const failed = await db.notification.create({ data: { leadId: lead.id, kind: "COORDINATOR_NEW_LEAD", recipients: [], status: "FAILED", lastError: "no recipients" } });
    await updateSetting("coordinatorEmails", ["fixed@careport.test"]);

    expect(await resendNotification(user.id, { notificationId: failed.id })).toBe("done");
    const coordinatorEmails = await db.notification.findMany({ where: { leadId: lead.id, kind: "COORDINATOR_NEW_LEAD" }, orderBy: { createdAt: "asc" } });
    expect(coordinatorEmails.at(-1)).toMatchObject({ status: "PENDING", recipients: ["fixed@careport.test"], attempts: 0 });
    expect(await db.notification.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "FAILED" });
    expect(await db.leadActivity.count({ where: { leadId: lead.id, type: "NOTIFICATION_RESENT", actorId: user.id } })).toBe(1);
    expect(await resendNotification(user.id, { notificationId: "missing" })).toBe("notFound");
  });
});

describe("possible duplicates", () => {
  it("links leads with the same email (any case) or phone within 30 days, and nothing else", async () => {
    const unique = randomUUID().slice(0, 8);
    const email = `repeat-${unique}@example.com`;
    const phone = uniquePhone();
    const now = Date.now();
    const first = await createTestLead({ email, phone: uniquePhone(), createdAt: new Date(now - 20 * day) });
    const sameEmail = await createTestLead({ email: email.toUpperCase(), phone: uniquePhone() });
    const samePhone = await createTestLead({ email: `other-${unique}@example.com`, phone });
    const samePhoneLater = await createTestLead({ email: `third-${unique}@example.com`, phone, createdAt: new Date(now - 5 * day) });
    const tooOld = await createTestLead({ email, phone: uniquePhone(), createdAt: new Date(now - 60 * day) });
    const spam = await createTestLead({ email, spam: true });

    const found = await findPossibleDuplicates([first, sameEmail, samePhone, tooOld, spam]);
    const references = (id: string) => (found.get(id) ?? []).map((other) => other.reference).sort();
    expect(references(first.id)).toEqual([sameEmail.reference].sort());
    expect(references(sameEmail.id)).toEqual([first.reference].sort());
    expect(references(samePhone.id)).toEqual([samePhoneLater.reference]);
    expect(references(tooOld.id)).toEqual([]);
    expect(found.has(tooOld.id)).toBe(false);
  });
});
