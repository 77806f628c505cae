import { describe, expect, it } from "vitest";
import { serveLeadFile } from "@/lib/leads/lead-file-download";
import { serveLeadExport } from "@/lib/leads/lead-export";
import { signInStaff } from "@/lib/auth/sign-in";
import { getStaffSession } from "@/lib/auth/staff-session";
import { completeTwoFactorSignIn, mustSetUpTwoFactor, startTwoFactorSetup, turnOffTwoFactor, verifyTwoFactorCode } from "@/lib/auth/two-factor";
import { db } from "@/lib/db";
import { updateSetting } from "@/lib/settings/settings";
import { createTestLead } from "@/tests/factories/lead";
import { browserHeaders, createStaff, signedInCookie } from "@/tests/factories/staff";
import { currentTotpCode } from "@/tests/factories/totp";
import { callAction, workspaceActions } from "@/tests/support/server-actions";

async function withTwoFactor() {
  const member = await createStaff();
  const cookie = await signedInCookie(member);
  const setup = await startTwoFactorSetup(member.password, browserHeaders({ cookie }));
  if (setup.outcome !== "started") throw new Error("setup did not start");
  const confirmed = await verifyTwoFactorCode(await currentTotpCode(setup.totpURI), browserHeaders({ cookie }));
  if (confirmed.outcome !== "verified") throw new Error("setup not confirmed");
  return { member, setup, cookie: confirmed.cookieHeader };
}

describe("two-factor sign-in (TOTP)", () => {
  it("is set up with the password and a code from the app, and is off until the code is confirmed", async () => {
    const member = await createStaff();
    const cookie = await signedInCookie(member);
    expect(await startTwoFactorSetup("not the password", browserHeaders({ cookie }))).toEqual({ outcome: "wrongPassword" });
    const setup = await startTwoFactorSetup(member.password, browserHeaders({ cookie }));
    expect(setup.outcome).toBe("started");
    if (setup.outcome !== "started") return;
    expect(setup.totpURI).toMatch(/^otpauth:\/\/totp\/Careport:/);
    expect(setup.backupCodes.length).toBeGreaterThanOrEqual(8);
    // Not on yet: signing in still takes the password alone.
    expect((await signInStaff(member, browserHeaders())).outcome).toBe("signedIn");

    expect((await verifyTwoFactorCode("000000", browserHeaders({ cookie }))).outcome).toBe("invalidCode");
    const confirmed = await verifyTwoFactorCode(await currentTotpCode(setup.totpURI), browserHeaders({ cookie }));
    expect(confirmed.outcome).toBe("verified");
    expect(await db.user.findUniqueOrThrow({ where: { id: member.user.id } })).toMatchObject({ twoFactorEnabled: true });
  });

  it("then asks for a code after the password: a wrong one is refused and logged, the right one signs in", async () => {
    const { member, setup } = await withTwoFactor();
    const first = await signInStaff(member, browserHeaders());
    expect(first.outcome).toBe("twoFactorRequired");
    if (first.outcome !== "twoFactorRequired") return;
    // The password alone gives no session.
    expect(await getStaffSession(browserHeaders({ cookie: first.cookieHeader }))).toBeNull();

    const wrong = await completeTwoFactorSignIn("123456", browserHeaders({ cookie: first.cookieHeader }));
    expect(wrong.outcome).toBe("invalidCode");
    expect(await db.authEvent.count({ where: { kind: "SIGN_IN_FAILED", detail: "second factor invalidCode" } })).toBeGreaterThan(0);

    const right = await completeTwoFactorSignIn(await currentTotpCode(setup.totpURI), browserHeaders({ cookie: first.cookieHeader }));
    expect(right.outcome).toBe("verified");
    if (right.outcome !== "verified") return;
    expect((await getStaffSession(browserHeaders({ cookie: right.cookieHeader })))?.user).toMatchObject({ id: member.user.id, twoFactorEnabled: true });
  });

  it("a code without the password step signs nobody in", async () => {
    const { setup } = await withTwoFactor();
    expect((await completeTwoFactorSignIn(await currentTotpCode(setup.totpURI), browserHeaders())).outcome).toBe("invalidCode");
  });

  it("is turned off with the password", async () => {
    const { member, cookie } = await withTwoFactor();
    expect(await turnOffTwoFactor("wrong password!!", browserHeaders({ cookie }))).toBe("wrongPassword");
    expect(await turnOffTwoFactor(member.password, browserHeaders({ cookie }))).toBe("turnedOff");
    expect((await signInStaff(member, browserHeaders())).outcome).toBe("signedIn");
  });

  it("when the setting requires it, an account without it can do nothing until it is set up", async () => {
    const member = await createStaff();
    const headers = browserHeaders({ cookie: await signedInCookie(member) });
    const staff = (await getStaffSession(headers))!;
    await updateSetting("requireTwoFactor", true);
    expect(await mustSetUpTwoFactor(staff)).toBe(true);
    const note = new FormData();
    note.set("leadId", "any");
    note.set("body", "note");
    expect((await callAction(workspaceActions.addNote, headers, note)).result).toBe("twoFactorRequired");

    const { cookie } = await withTwoFactor();
    expect(await mustSetUpTwoFactor((await getStaffSession(browserHeaders({ cookie })))!)).toBe(false);
    await updateSetting("requireTwoFactor", false);
    expect(await mustSetUpTwoFactor(staff)).toBe(false);
  });

  it("when the setting requires it, an account without it can neither download a file nor export the leads", async () => {
    const admin = await createStaff("coordinator", "admin");
    const cookie = await signedInCookie(admin);
    const lead = await createTestLead({ files: [{ name: "scan.pdf", type: "pdf", bytes: Buffer.from("%PDF-1.7\nscan") }] });
    const fileId = lead.files[0]!.id;
    await updateSetting("requireTwoFactor", true);
    const file = await serveLeadFile(new Request(`http://localhost/api/admin/files/${fileId}`, { headers: browserHeaders({ cookie }) }), fileId);
    const csv = await serveLeadExport(new Request("http://localhost/api/admin/leads/export", { headers: browserHeaders({ cookie }) }));
    await updateSetting("requireTwoFactor", false);
    for (const response of [file, csv]) {
      expect(response.status).toBe(403);
      expect(await response.text()).toBe("Set up two-factor sign-in on your account page first.");
    }
    expect(file.headers.get("content-security-policy")).toBe("sandbox");
    const refusals = await db.authEvent.findMany({ where: { userId: admin.user.id, kind: "ACCESS_REFUSED" }, select: { detail: true } });
    expect(refusals.map((refusal) => refusal.detail).sort()).toEqual([`export:leads:two-factor setup required`, `file:${fileId}:two-factor setup required`]);
    expect(await db.authEvent.count({ where: { userId: admin.user.id, kind: "LEADS_EXPORTED" } })).toBe(0);
  });
});
