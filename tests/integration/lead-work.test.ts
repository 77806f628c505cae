import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { logger } from "@/lib/logger";
import { db } from "@/lib/db";
import { serveLeadFile } from "@/lib/leads/lead-file-download";
import { getLeadHistory } from "@/lib/leads/lead-history";
import { addLeadNote, assignLead, changeLeadStatus, recordLeadAccess } from "@/lib/leads/lead-work";
import { fileStorage } from "@/lib/storage/storage";
import { assignmentSchema, statusChangeSchema } from "@/lib/validation/lead-work";
import { createTestLead } from "@/tests/factories/lead";
import { createStaff, signedInCookie } from "@/tests/factories/staff";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe("working a lead", () => {
  it("records the first contact when a lead leaves NEW, once, and logs each move", async () => {
    const { user } = await createStaff();
    const lead = await createTestLead();
    expect(await changeLeadStatus(user.id, statusChangeSchema.parse({ leadId: lead.id, status: "CONTACTED" }))).toBe("done");
    const contacted = await db.lead.findUniqueOrThrow({ where: { id: lead.id } });
    expect(contacted.status).toBe("CONTACTED");
    expect(contacted.firstContactedAt).not.toBeNull();

    await changeLeadStatus(user.id, statusChangeSchema.parse({ leadId: lead.id, status: "QUALIFIED" }));
    const qualified = await db.lead.findUniqueOrThrow({ where: { id: lead.id } });
    expect(qualified.firstContactedAt).toEqual(contacted.firstContactedAt);
    const moves = await db.leadActivity.findMany({ where: { leadId: lead.id, type: "STATUS_CHANGED" }, orderBy: { id: "asc" } });
    expect(moves.map((move) => [move.fromStatus, move.toStatus, move.actorId])).toEqual([
      ["NEW", "CONTACTED", user.id],
      ["CONTACTED", "QUALIFIED", user.id],
    ]);
  });

  it("closes a lead as lost or spam only with a reason", async () => {
    const { user } = await createStaff();
    const lead = await createTestLead();
    const withoutReason = statusChangeSchema.safeParse({ leadId: lead.id, status: "LOST", reason: "" });
    expect(withoutReason.error?.issues[0]).toMatchObject({ path: ["reason"], message: "reasonRequired" });
    await changeLeadStatus(user.id, statusChangeSchema.parse({ leadId: lead.id, status: "LOST", reason: "Chose a clinic at home" }));
    expect(await db.lead.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({ status: "LOST", closedReason: "Chose a clinic at home" });
  });

  it("assigns to an active coordinator only, and can unassign", async () => {
    const { user } = await createStaff();
    const colleague = await createStaff();
    const former = await createStaff();
    await db.user.update({ where: { id: former.user.id }, data: { banned: true } });
    const lead = await createTestLead();
    expect(await assignLead(user.id, assignmentSchema.parse({ leadId: lead.id, assigneeId: former.user.id }))).toBe("invalid");
    expect(await assignLead(user.id, assignmentSchema.parse({ leadId: lead.id, assigneeId: colleague.user.id }))).toBe("done");
    expect((await db.lead.findUniqueOrThrow({ where: { id: lead.id } })).assigneeId).toBe(colleague.user.id);
    expect(await assignLead(user.id, assignmentSchema.parse({ leadId: lead.id, assigneeId: "" }))).toBe("done");
    expect((await db.lead.findUniqueOrThrow({ where: { id: lead.id } })).assigneeId).toBeNull();
  });

  it("keeps note text out of the activity log, and shows it all in the history", async () => {
    const { user } = await createStaff();
    const lead = await createTestLead();
    await recordLeadAccess(user.id, lead.id);
    await addLeadNote(user.id, { leadId: lead.id, body: "Called, will send the CT on Monday" });
    const [noteActivity] = await db.leadActivity.findMany({ where: { leadId: lead.id, type: "NOTE_ADDED" } });
    expect(Object.values(noteActivity!).map(String).join(" ")).not.toContain("Monday");
    const history = await getLeadHistory(lead.id);
    expect(history.map((entry) => (entry.kind === "activity" ? entry.type : entry.kind))).toEqual(["NOTE_ADDED", "VIEWED"]);
    expect(history[0]).toMatchObject({ actor: user.name, note: "Called, will send the CT on Monday" });
  });

  it("leaves quarantined submissions to the quarantine view", async () => {
    const { user } = await createStaff();
    const spam = await createTestLead({ spam: true });
    expect(await changeLeadStatus(user.id, statusChangeSchema.parse({ leadId: spam.id, status: "CONTACTED" }))).toBe("notFound");
    expect(await addLeadNote(user.id, { leadId: spam.id, body: "x" })).toBe("notFound");
  });
});

describe("file downloads", () => {
  const pdf = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(200_000)]);
  const docx = Buffer.concat([Buffer.from("PK\x03\x04"), randomBytes(1000)]);

  it("streams the decrypted file as an attachment with nosniff, and logs who downloaded it", async () => {
    const account = await createStaff();
    const lead = await createTestLead({ files: [{ name: "КТ печени.pdf", type: "pdf", bytes: pdf }] });
    const [file] = lead.files;
    const response = await serveLeadFile(
      new Request(`http://localhost/api/admin/files/${file!.id}`, { headers: { cookie: await signedInCookie(account) } }),
      file!.id,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="__ ______.pdf"; filename*=UTF-8''${encodeURIComponent("КТ печени.pdf")}`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(sha256(new Uint8Array(await response.arrayBuffer()))).toBe(sha256(pdf));
    const logged = await db.leadActivity.findFirstOrThrow({ where: { leadId: lead.id, type: "FILE_DOWNLOADED" } });
    expect(logged).toMatchObject({ actorId: account.user.id, fileId: file!.id });
  });

  it("previews images and PDFs inline in a sandbox, never other types", async () => {
    const account = await createStaff();
    const cookie = await signedInCookie(account);
    const lead = await createTestLead({
      files: [
        { name: "scan.pdf", type: "pdf", bytes: pdf },
        { name: "letter.docx", type: "docx", bytes: docx },
      ],
    });
    const open = (id: string) => serveLeadFile(new Request(`http://localhost/api/admin/files/${id}?preview=1`, { headers: { cookie } }), id);
    const pdfFile = lead.files.find((file) => file.detectedType === "pdf")!;
    const preview = await open(pdfFile.id);
    expect(preview.headers.get("content-disposition")).toMatch(/^inline;/);
    expect(preview.headers.get("content-security-policy")).toBe("sandbox");
    const docxFile = lead.files.find((file) => file.detectedType === "docx")!;
    const download = await open(docxFile.id);
    expect(download.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(download.headers.get("content-security-policy")).toBe("sandbox");
  });

  it("says so, without a 500 or a download in the history, when the file is missing from storage", async () => {
    const account = await createStaff();
    const lead = await createTestLead({ files: [{ name: "scan.pdf", type: "pdf", bytes: pdf }] });
    const [file] = lead.files;
    await fileStorage.delete(file!.storageKey);
    const logged = vi.spyOn(logger, "error").mockImplementation(() => {});
    const response = await serveLeadFile(
      new Request(`http://localhost/api/admin/files/${file!.id}`, { headers: { cookie: await signedInCookie(account) } }),
      file!.id,
    );
    expect(response.status).toBe(503);
    expect(await response.text()).toMatch(/could not be read from storage/);
    expect(response.headers.get("content-security-policy")).toBe("sandbox");
    expect(logged).toHaveBeenCalledOnce();
    expect(await db.leadActivity.count({ where: { leadId: lead.id, type: "FILE_DOWNLOADED" } })).toBe(0);
  });

  it("refuses without a session, logs the refusal, and sends nothing", async () => {
    const lead = await createTestLead({ files: [{ name: "scan.pdf", type: "pdf", bytes: pdf }] });
    const id = lead.files[0]!.id;
    const refused = await serveLeadFile(new Request(`http://localhost/api/admin/files/${id}`, { headers: { "x-forwarded-for": "10.1.2.3" } }), id);
    expect(refused.status).toBe(401);
    expect(await refused.text()).not.toContain("%PDF");
    expect(await db.authEvent.count({ where: { kind: "ACCESS_REFUSED", detail: `file:${id}` } })).toBe(1);
  });
});
