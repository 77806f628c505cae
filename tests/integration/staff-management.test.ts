import { describe, expect, it } from "vitest";
import { serveLeadFile } from "@/lib/leads/lead-file-download";
import { changeStaffPassword } from "@/lib/auth/change-password";
import { signInStaff } from "@/lib/auth/sign-in";
import { getStaffSession } from "@/lib/auth/staff-session";
import { db } from "@/lib/db";
import { getSettings } from "@/lib/settings/settings";
import { createTestLead } from "@/tests/factories/lead";
import { browserHeaders, createStaff, signedInCookie } from "@/tests/factories/staff";
import { formData } from "@/tests/support/form-data";
import { callAction, workspaceActions } from "@/tests/support/server-actions";
const week = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((day) => [`hours.${day}`, day <= 5 ? "09:00-13:00, 14:00-18:00" : ""]));


async function asAdmin() {
  const admin = await createStaff("admin");
  const headers = browserHeaders({ cookie: await signedInCookie(admin) });
  return { admin, act: (name: keyof typeof workspaceActions, fields: Record<string, string | string[]>) => callAction(workspaceActions[name], headers, formData(fields)) };
}

describe("users page", () => {
  it("an admin adds a coordinator who can then sign in; the same email cannot be added twice", async () => {
    const { act } = await asAdmin();
    const email = `Nadia.${Date.now()}@careport.test`;
    const account = { name: "Nadia K.", email, "roles[]": "coordinator", password: "correct horse battery staple" };
    expect(await act("addStaff", account)).toEqual({ result: "done" });
    const signIn = await signInStaff({ email: email.toLowerCase(), password: account.password }, browserHeaders());
    expect(signIn.outcome).toBe("signedIn");
    expect(await act("addStaff", { ...account, email: email.toLowerCase(), password: "another long password" })).toEqual({ result: "invalid", fields: { email: "emailTaken" } });
    expect(await act("addStaff", { ...account, email: "x@careport.test", password: "short" })).toEqual({ result: "invalid", fields: { password: "passwordTooShort" } });
    expect(await db.user.count({ where: { email: "x@careport.test" } })).toBe(0);
  });

  it("a member an admin added chooses their own password before any action or file; then they work", async () => {
    const { act } = await asAdmin();
    const email = `first-password-${Date.now()}@careport.test`;
    const first = "a first password from the admin";
    expect(await act("addStaff", { name: "Maria Lehmann", email, "roles[]": "coordinator", password: first })).toEqual({ result: "done" });
    expect(await db.user.findUniqueOrThrow({ where: { email } })).toMatchObject({ passwordChangeRequired: true });

    const lead = await createTestLead({ files: [{ name: "scan.pdf", type: "pdf", bytes: Buffer.from("%PDF-1.7\nscan") }] });
    const fileId = lead.files[0]!.id;
    const note = () => formData({ leadId: lead.id, body: "Called the patient." });
    const asMember = async (password: string) => browserHeaders({ cookie: await signedInCookie({ email, password }) });
    let headers = await asMember(first);
    expect(await callAction(workspaceActions.addNote, headers, note())).toEqual({ result: "passwordChangeRequired" });
    const file = await serveLeadFile(new Request(`http://localhost/api/admin/files/${fileId}`, { headers }), fileId);
    expect(file.status).toBe(403);
    expect(await file.text()).toBe("Choose your own password on your account page first.");
    expect(await db.authEvent.count({ where: { kind: "ACCESS_REFUSED", detail: { endsWith: "password change required" }, user: { email } } })).toBe(2);

    const own = "my own quiet meadow lantern";
    const member = (await getStaffSession(headers))!;
    expect(await changeStaffPassword({ currentPassword: first, newPassword: own, confirmPassword: own }, headers, member.user)).toBe("changed");
    expect(await db.user.findUniqueOrThrow({ where: { email } })).toMatchObject({ passwordChangeRequired: false });
    headers = await asMember(own);
    expect(await callAction(workspaceActions.addNote, headers, note())).toEqual({ result: "done" });
    expect((await serveLeadFile(new Request(`http://localhost/api/admin/files/${fileId}`, { headers }), fileId)).status).toBe(200);
  });

  it("refuses a first password that is long enough but easy to guess, naming the field", async () => {
    const { act } = await asAdmin();
    const email = `guessable-${Date.now()}@careport.test`;
    for (const password of ["password1234", "qwertyuiop123", `${email.split("@")[0]}!`]) {
      expect(await act("addStaff", { name: "Ivan Petrenko", email, "roles[]": "coordinator", password }), password).toEqual({
        result: "invalid",
        fields: { password: "passwordTooGuessable" },
      });
    }
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("deactivating ends the member's sessions at once and refuses their sign-in; reactivating lets them back", async () => {
    const { act } = await asAdmin();
    const member = await createStaff("coordinator");
    const cookie = await signedInCookie(member);
    expect(await getStaffSession(browserHeaders({ cookie }))).not.toBeNull();

    expect(await act("setActive", { userId: member.user.id, active: "false" })).toEqual({ result: "done" });
    expect(await db.session.count({ where: { userId: member.user.id } })).toBe(0);
    expect(await getStaffSession(browserHeaders({ cookie }))).toBeNull();
    expect((await signInStaff(member, browserHeaders())).outcome).toBe("invalidCredentials");

    expect(await act("setActive", { userId: member.user.id, active: "true" })).toEqual({ result: "done" });
    expect((await signInStaff(member, browserHeaders())).outcome).toBe("signedIn");
  });

  it("adds a member with a set of roles, at least one", async () => {
    const { act } = await asAdmin();
    const email = `editor-coordinator-${Date.now()}@careport.test`;
    const account = { name: "Olena Shevchenko", email, password: "a first password from the admin" };
    expect(await act("addStaff", { ...account, "roles[]": [] })).toEqual({ result: "invalid", fields: { roles: "rolesRequired" } });
    expect(await act("addStaff", { ...account, "roles[]": ["editor", "owner"] })).toMatchObject({ result: "invalid" });
    expect(await act("addStaff", { ...account, "roles[]": ["editor", "coordinator"] })).toEqual({ result: "done" });
    expect(await db.user.findUniqueOrThrow({ where: { email } })).toMatchObject({ role: "coordinator,editor" });
  });

  it("changes a member's roles, and the next request is checked against the new ones", async () => {
    const { act } = await asAdmin();
    const member = await createStaff("coordinator");
    const memberHeaders = browserHeaders({ cookie: await signedInCookie(member) });
    const lead = await createTestLead();
    const note = () => formData({ leadId: lead.id, body: "Called the patient." });
    const settingsForm = () => formData({ coordinatorEmails: "", coordinatorLocale: "en", responseMinutes: "30", timeZone: "Europe/Berlin", spamRetentionDays: "30", leadRetentionDays: "730", priceStaleAfterDays: "180", ...week });
    expect((await callAction(workspaceActions.saveSettings, memberHeaders, settingsForm())).result).toBe("forbidden");

    expect(await act("changeRoles", { userId: member.user.id, "roles[]": ["admin"] })).toEqual({ result: "done" });
    expect((await getStaffSession(memberHeaders))?.user.roles).toEqual(["admin"]);
    expect((await callAction(workspaceActions.saveSettings, memberHeaders, settingsForm())).result).toBe("done");
    expect((await callAction(workspaceActions.addNote, memberHeaders, note())).result).toBe("forbidden");

    expect(await act("changeRoles", { userId: member.user.id, "roles[]": ["coordinator", "editor"] })).toEqual({ result: "done" });
    expect((await callAction(workspaceActions.addNote, memberHeaders, note())).result).toBe("done");
    expect((await callAction(workspaceActions.saveSettings, memberHeaders, settingsForm())).result).toBe("forbidden");
    expect(await act("changeRoles", { userId: member.user.id, "roles[]": [] })).toEqual({ result: "invalid", fields: { roles: "rolesRequired" } });
  });

  it("an admin can neither remove their own admin role nor deactivate themselves, so the workspace keeps an admin", async () => {
    const { admin, act } = await asAdmin();
    expect(await act("changeRoles", { userId: admin.user.id, "roles[]": ["coordinator"] })).toEqual({ result: "conflict" });
    expect(await act("setActive", { userId: admin.user.id, active: "false" })).toEqual({ result: "conflict" });
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.user.id } })).toMatchObject({ role: "admin", banned: false });
    // Their other roles are theirs to change.
    expect(await act("changeRoles", { userId: admin.user.id, "roles[]": ["editor", "admin"] })).toEqual({ result: "done" });
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.user.id } })).toMatchObject({ role: "editor,admin" });
  });
});

describe("settings page", () => {
  it("saves every setting at once, routing rules included", async () => {
    const { act } = await asAdmin();
    const state = await act("saveSettings", {
      coordinatorEmails: "desk@careport.test\nlead@careport.test",
      coordinatorLocale: "ru",
      responseMinutes: "60",
      timeZone: "Europe/Kyiv",
      spamRetentionDays: "7",
      leadRetentionDays: "1095",
      priceStaleAfterDays: "120",
      ...week,
      "rules.0.languages.ar": "on",
      "rules.0.recipients": "arabic-desk@careport.test",
    });
    expect(state).toEqual({ result: "done" });
    const settings = await getSettings();
    expect(settings).toMatchObject({
      coordinatorEmails: ["desk@careport.test", "lead@careport.test"],
      coordinatorLocale: "ru",
      responseMinutes: 60,
      spamRetentionDays: 7,
      leadRetentionDays: 1095,
      priceStaleAfterDays: 120,
      routingRules: [{ languages: ["ar"], recipients: ["arabic-desk@careport.test"] }],
    });
    expect(settings.workingHours.timeZone).toBe("Europe/Kyiv");
    expect(settings.workingHours.week[1]).toEqual([
      { start: "09:00", end: "13:00" },
      { start: "14:00", end: "18:00" },
    ]);
    expect(settings.workingHours.week[6]).toEqual([]);
  });

  it("a form with one wrong field changes nothing and names the field", async () => {
    const { act } = await asAdmin();
    const before = await getSettings();
    const state = await act("saveSettings", {
      coordinatorEmails: "changed@careport.test",
      coordinatorLocale: "de",
      responseMinutes: "45",
      timeZone: "Mars/Olympus_Mons",
      spamRetentionDays: "10",
      leadRetentionDays: "730",
      priceStaleAfterDays: "180",
      ...week,
    });
    expect(state).toEqual({ result: "invalid", fields: { timeZone: "invalid" } });
    expect(await getSettings()).toEqual(before);
  });
});
