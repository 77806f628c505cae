import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { eraseExpiredLeads, eraseLead } from "@/lib/leads/lead-erasure";
import { listLeads } from "@/lib/leads/lead-queries";
import { addLeadNote, changeLeadStatus, recordLeadAccess } from "@/lib/leads/lead-work";
import { resendNotification } from "@/lib/leads/notification-resend";
import { jobs } from "@/lib/jobs/jobs";
import { resetSetting, updateSetting } from "@/lib/settings/settings";
import { fileStorage } from "@/lib/storage/storage";
import { leadFiltersSchema } from "@/lib/validation/lead-filters";
import { createTestLead } from "@/tests/factories/lead";
import { browserHeaders, createStaff, signedInCookie } from "@/tests/factories/staff";
import { callAction, workspaceActions } from "@/tests/support/server-actions";

const day = 24 * 60 * 60 * 1000;
const pdf = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(5000)]);

/** The erasure form posted to its server action, as the admin page sends it. */
async function submitErasure(account: { email: string; password: string } | null, fields: Record<string, string>) {
  const requestHeaders = account ? browserHeaders({ cookie: await signedInCookie(account) }) : browserHeaders();
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return callAction(workspaceActions.eraseLead, requestHeaders, form);
}

/** A lead with everything erasure must reach: a file, a note, a records check, a sent and a pending email. */
async function leadWithHistory(coordinatorId: string) {
  const lead = await createTestLead({ files: [{ name: "CT Olena Kovalenko.pdf", type: "pdf", bytes: pdf }] });
  const recordType = await db.recordType.findFirstOrThrow();
  await db.leadRecordCheck.create({ data: { leadId: lead.id, recordTypeId: recordType.id, covered: true } });
  const sent = await db.notification.findFirstOrThrow({ where: { leadId: lead.id, kind: "COORDINATOR_NEW_LEAD" } });
  await db.notification.update({ where: { id: sent.id }, data: { status: "SENT", sentAt: new Date(), lastError: "earlier: <olena@example.com> busy" } });
  await db.notificationAttempt.create({ data: { notificationId: sent.id, outcome: "sent", smtpResponse: "250 OK for <olena@example.com>" } });
  await recordLeadAccess(coordinatorId, lead.id);
  await addLeadNote(coordinatorId, { leadId: lead.id, body: "Olena's daughter calls back on Monday" });
  return lead;
}

describe("erasing a lead on the patient's request", () => {
  it("deletes the files, notes, records checks and unsent emails, blanks the personal fields and keeps the history", async () => {
    const admin = await createStaff("coordinator", "admin");
    const { user: coordinator } = await createStaff();
    const lead = await leadWithHistory(coordinator.id);
    const storageKey = lead.files[0]!.storageKey;
    expect(await fileStorage.exists(storageKey)).toBe(true);

    expect(await submitErasure(admin, { leadId: lead.id, confirmation: ` ${lead.reference.toLowerCase()} ` })).toEqual({ result: "done" });

    expect(await fileStorage.exists(storageKey)).toBe(false);
    const erased = await db.lead.findUniqueOrThrow({
      where: { id: lead.id },
      include: { files: true, notes: true, recordChecks: true, notifications: { include: { attemptLog: true } } },
    });
    expect(erased).toMatchObject({
      reference: lead.reference,
      status: "NEW",
      createdAt: lead.createdAt,
      countryCode: "UA",
      fullName: "",
      email: "",
      phone: "",
      message: "",
      patientAge: null,
      ipHash: null,
      referrer: null,
      utm: null,
      sourcePath: null,
      erasureReason: "REQUEST",
      files: [],
      notes: [],
      recordChecks: [],
    });
    expect(erased.erasedAt).toBeInstanceOf(Date);
    expect(erased.notifications.map((notification) => [notification.kind, notification.status, notification.lastError])).toEqual([
      ["COORDINATOR_NEW_LEAD", "SENT", null],
    ]);
    expect(erased.notifications[0]!.attemptLog.map((attempt) => [attempt.outcome, attempt.smtpResponse])).toEqual([["sent", null]]);
    const everything = JSON.stringify(erased, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value));
    for (const personal of ["Olena", "olena@example.com", "+380671234567", "radioembolization", "CT Olena"]) expect(everything).not.toContain(personal);

    const history = await db.leadActivity.findMany({ where: { leadId: lead.id }, orderBy: { id: "asc" } });
    expect(history.map((entry) => [entry.type, entry.actorId])).toEqual([
      ["VIEWED", coordinator.id],
      ["NOTE_ADDED", coordinator.id],
      ["ERASED", admin.user.id],
    ]);
  });

  it("refuses a coordinator and a visitor without a session, logs both, and changes nothing", async () => {
    const coordinator = await createStaff();
    const lead = await createTestLead({ files: [{ name: "scan.pdf", type: "pdf", bytes: pdf }] });

    expect(await submitErasure(coordinator, { leadId: lead.id, confirmation: lead.reference })).toEqual({ result: "forbidden" });
    expect(await submitErasure(null, { leadId: lead.id, confirmation: lead.reference })).toEqual({ result: "signedOut" });

    const refusals = await db.authEvent.findMany({ where: { kind: "ACCESS_REFUSED", detail: "action:eraseLead" }, orderBy: { id: "desc" }, take: 2 });
    expect(refusals.map((event) => event.userId)).toEqual([null, coordinator.user.id]);
    expect(await db.lead.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({ erasedAt: null, fullName: lead.fullName });
    expect(await fileStorage.exists(lead.files[0]!.storageKey)).toBe(true);
  });

  it("needs the lead's reference typed to confirm", async () => {
    const admin = await createStaff("coordinator", "admin");
    const lead = await createTestLead();
    expect(await submitErasure(admin, { leadId: lead.id, confirmation: "" })).toEqual({ result: "invalid", fields: { confirmation: "required" } });
    expect(await submitErasure(admin, { leadId: lead.id, confirmation: "CP-0000-0000" })).toEqual({ result: "invalid" });
    expect(await submitErasure(admin, { leadId: "no-such-lead", confirmation: lead.reference })).toEqual({ result: "notFound" });
    expect((await db.lead.findUniqueOrThrow({ where: { id: lead.id } })).erasedAt).toBeNull();
  });

  it("is harmless to repeat, and an erased lead can no longer be worked on", async () => {
    const { user: admin } = await createStaff("coordinator", "admin");
    const lead = await createTestLead({ files: [{ name: "scan.pdf", type: "pdf", bytes: pdf }] });
    const failed = await db.notification.create({ data: { leadId: lead.id, kind: "PATIENT_CONFIRMATION", recipients: [], status: "FAILED" } });
    expect(await eraseLead(admin.id, lead.id, "REQUEST")).toBe("done");
    const first = await db.lead.findUniqueOrThrow({ where: { id: lead.id } });
    expect(await eraseLead(admin.id, lead.id, "REQUEST")).toBe("done");
    expect(await eraseLead(null, lead.id, "RETENTION")).toBe("done");

    expect(await db.lead.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({ erasedAt: first.erasedAt, erasureReason: "REQUEST" });
    expect(await db.leadActivity.count({ where: { leadId: lead.id, type: "ERASED" } })).toBe(1);
    expect(await addLeadNote(admin.id, { leadId: lead.id, body: "New details from the patient" })).toBe("notFound");
    expect(await changeLeadStatus(admin.id, { leadId: lead.id, status: "LOST", reason: "Patient asked" })).toBe("notFound");
    expect(await resendNotification(admin.id, { notificationId: failed.id })).toBe("notFound");
    expect(await eraseLead(admin.id, "no-such-lead", "REQUEST")).toBe("notFound");
  });

  it("finishes on the next attempt after a crash between deleting the files and the transaction", async () => {
    const { user: admin } = await createStaff("coordinator", "admin");
    const lead = await createTestLead({ files: [{ name: "scan.pdf", type: "pdf", bytes: pdf }] });
    await fileStorage.delete(lead.files[0]!.storageKey);
    expect(await eraseLead(admin.id, lead.id, "REQUEST")).toBe("done");
    expect(await db.lead.findUniqueOrThrow({ where: { id: lead.id }, include: { files: true } })).toMatchObject({ files: [], fullName: "" });
  });

  it("runs one erasure at a time per lead, and a note written meanwhile does not survive it", async () => {
    const { user: admin } = await createStaff("coordinator", "admin");
    const lead = await createTestLead();
    const note = { leadId: lead.id, body: "Written while the lead was being erased" };
    await Promise.all([eraseLead(admin.id, lead.id, "REQUEST"), addLeadNote(admin.id, note), eraseLead(admin.id, lead.id, "REQUEST"), addLeadNote(admin.id, note)]);
    expect(await db.leadNote.count({ where: { leadId: lead.id } })).toBe(0);
    expect(await db.leadActivity.count({ where: { leadId: lead.id, type: "ERASED" } })).toBe(1);
  });

  it("takes the lead out of searches by its former name, email and phone, and keeps it under its reference", async () => {
    const { user: admin } = await createStaff("coordinator", "admin");
    const lead = await createTestLead();
    const unique = randomBytes(4).toString("hex");
    const phone = `+4930${Math.floor(1_000_000 + Math.random() * 8_999_999)}`;
    await db.lead.update({ where: { id: lead.id }, data: { fullName: `Erna Vogt-${unique}`, email: `erna.${unique}@example.com`, phone } });
    const find = async (q: string) => (await listLeads("en", leadFiltersSchema.parse({ q }))).leads;
    expect(await find(`vogt-${unique}`)).toHaveLength(1);

    await eraseLead(admin.id, lead.id, "REQUEST");
    for (const q of [`vogt-${unique}`, `erna.${unique}@example.com`, phone]) expect(await find(q), q).toEqual([]);
    const [byReference] = await find(lead.reference);
    expect(byReference).toMatchObject({ reference: lead.reference, fullName: "" });
    expect(byReference!.erasedAt).toBeInstanceOf(Date);
  });
});

describe("retention", () => {
  afterEach(async () => {
    await resetSetting("leadRetentionDays");
  });

  const leadAged = (days: number, options: { spam?: boolean } = {}) =>
    createTestLead({ ...options, createdAt: new Date(Date.now() - days * day), files: [{ name: "scan.pdf", type: "pdf", bytes: pdf }] });

  it("the scheduled job erases leads older than the setting, and only those", async () => {
    await updateSetting("leadRetentionDays", 365);
    const expired = await leadAged(366);
    const kept = await leadAged(364);
    const spam = await leadAged(366, { spam: true });
    const job = jobs.find((candidate) => candidate.name === "erase-expired-leads")!;

    await job.run();

    expect(await db.lead.findUniqueOrThrow({ where: { id: expired.id } })).toMatchObject({ erasureReason: "RETENTION", fullName: "" });
    expect(await fileStorage.exists(expired.files[0]!.storageKey)).toBe(false);
    expect(await db.leadActivity.findFirst({ where: { leadId: expired.id, type: "ERASED" } })).toMatchObject({ actorId: null });
    expect(await db.lead.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({ erasedAt: null, fullName: kept.fullName });
    expect(await fileStorage.exists(kept.files[0]!.storageKey)).toBe(true);
    // Quarantined spam is the spam purge's to delete.
    expect((await db.lead.findUniqueOrThrow({ where: { id: spam.id } })).erasedAt).toBeNull();
  });

  it("works in batches, each its own transaction", async () => {
    const old = await Promise.all([1, 2, 3].map(() => leadAged(800)));
    const erased = await eraseExpiredLeads(730, { batchSize: 2 });
    expect(erased).toBeGreaterThanOrEqual(3);
    const rows = await db.lead.findMany({ where: { id: { in: old.map((lead) => lead.id) } } });
    expect(rows.every((row) => row.erasedAt && row.email === "")).toBe(true);
    expect(await eraseExpiredLeads(730, { batchSize: 2 })).toBe(0);
  });
});
