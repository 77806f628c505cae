import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auth } from "@/lib/auth/auth";
import { signInStaff, SIGN_IN_LIMITS } from "@/lib/auth/sign-in";
import { getStaffSession } from "@/lib/auth/staff-session";
import { ABSOLUTE_LIFETIME_MS, INACTIVITY_TIMEOUT_MS } from "@/lib/auth/session-policy";
import { hashEmail } from "@/lib/security/client-ip";
import { browserHeaders, createStaff, signedInCookie } from "@/tests/factories/staff";

const sessionOf = async (cookie: string) => getStaffSession(new Headers({ cookie }));

describe("staff sign-in", () => {
  it("signs in with the right password, stores a scrypt hash and logs the success", async () => {
    const account = await createStaff("coordinator");
    const cookie = await signedInCookie(account);
    expect(cookie).toMatch(/careport\.session_token=/);
    const staff = await sessionOf(cookie);
    expect(staff?.user).toMatchObject({ id: account.user.id, email: account.email, roles: ["coordinator"] });

    const credential = await db.account.findFirstOrThrow({ where: { userId: account.user.id, providerId: "credential" } });
    expect(credential.password).not.toContain(account.password);
    expect(credential.password).toMatch(/^[0-9a-f]+:[0-9a-f]+$/);
    const events = await db.authEvent.findMany({ where: { userId: account.user.id } });
    expect(events.map((event) => event.kind)).toEqual(["SIGN_IN_SUCCEEDED"]);
    // Only a keyed hash of an address is ever stored (in the security log), never the address in the session.
    const sessions = await db.session.findMany({ where: { userId: account.user.id } });
    expect(sessions.map((session) => session.ipAddress || null)).toEqual([null]);
  });

  it("answers a wrong password, an unknown email and a deactivated account the same way, and logs each", async () => {
    const account = await createStaff();
    const deactivated = await createStaff();
    await db.user.update({ where: { id: deactivated.user.id }, data: { banned: true } });
    const attempts = [
      { email: account.email, password: "not the password at all" },
      { email: "nobody-here@careport.test", password: "whatever it is, it is wrong" },
      { email: deactivated.email, password: deactivated.password },
    ];
    for (const attempt of attempts) {
      expect(await signInStaff(attempt, browserHeaders())).toEqual({ outcome: "invalidCredentials" });
      const logged = await db.authEvent.findFirst({ where: { emailHash: hashEmail(attempt.email) }, orderBy: { id: "desc" } });
      expect(logged?.kind).toBe("SIGN_IN_FAILED");
      expect(Object.values(logged!).map(String).join(" ")).not.toContain(attempt.password);
    }
  });

  it("stops guessing on one account after the limit, even from many addresses, and logs it", async () => {
    const account = await createStaff();
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.perAccount.max; attempt += 1) {
      expect((await signInStaff({ email: account.email, password: `guess ${attempt}` }, browserHeaders())).outcome).toBe("invalidCredentials");
    }
    const refused = await signInStaff(account, browserHeaders());
    expect(refused).toMatchObject({ outcome: "rateLimited" });
    expect(refused.outcome === "rateLimited" && refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(await db.authEvent.count({ where: { emailHash: hashEmail(account.email), kind: "SIGN_IN_RATE_LIMITED" } })).toBe(1);
  });

  it("counts guesses, not sign-ins: a colleague signing in all day from the office is never locked out", async () => {
    const account = await createStaff();
    const office = browserHeaders();
    const signIns = Math.max(SIGN_IN_LIMITS.perAccount.max, SIGN_IN_LIMITS.perIp.max) + 5;
    for (let attempt = 0; attempt < signIns; attempt += 1) {
      expect((await signInStaff(account, office)).outcome, `sign-in ${attempt + 1}`).toBe("signedIn");
    }
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.perAccount.max; attempt += 1) {
      await signInStaff({ email: account.email, password: `guess ${attempt}` }, office);
    }
    expect((await signInStaff(account, office)).outcome).toBe("rateLimited");
  });

  it("stops one address trying many accounts", async () => {
    const address = browserHeaders();
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.perIp.max; attempt += 1) {
      await signInStaff({ email: `someone-${attempt}@careport.test`, password: "a wrong password" }, address);
    }
    const account = await createStaff();
    expect((await signInStaff(account, address)).outcome).toBe("rateLimited");
    expect((await signInStaff(account, browserHeaders())).outcome).toBe("signedIn");
  });
});

describe("staff sessions", () => {
  it("end after 30 minutes without activity", async () => {
    const account = await createStaff();
    const cookie = await signedInCookie(account);
    const idleSince = new Date(Date.now() - INACTIVITY_TIMEOUT_MS - 1000);
    await db.session.updateMany({ where: { userId: account.user.id }, data: { lastActiveAt: idleSince } });
    expect(await sessionOf(cookie)).toBeNull();
    expect(await db.session.count({ where: { userId: account.user.id } })).toBe(0);
  });

  it("end after the absolute lifetime however active they are", async () => {
    const account = await createStaff();
    const cookie = await signedInCookie(account);
    await db.session.updateMany({
      where: { userId: account.user.id },
      data: { createdAt: new Date(Date.now() - ABSOLUTE_LIFETIME_MS - 1000), lastActiveAt: new Date() },
    });
    expect(await sessionOf(cookie)).toBeNull();
  });

  it("record activity, so a session in use stays open", async () => {
    const account = await createStaff();
    const cookie = await signedInCookie(account);
    const earlier = new Date(Date.now() - INACTIVITY_TIMEOUT_MS + 60_000);
    await db.session.updateMany({ where: { userId: account.user.id }, data: { lastActiveAt: earlier } });
    expect(await sessionOf(cookie)).not.toBeNull();
    const [session] = await db.session.findMany({ where: { userId: account.user.id } });
    expect(session!.lastActiveAt.getTime()).toBeGreaterThan(Date.now() - 5_000);
  });

  it("end at sign-out", async () => {
    const account = await createStaff();
    const cookie = await signedInCookie(account);
    await auth.api.signOut({ headers: new Headers({ cookie }) });
    expect(await sessionOf(cookie)).toBeNull();
  });

  it("stop working when the account is deactivated", async () => {
    const account = await createStaff();
    const cookie = await signedInCookie(account);
    await db.user.update({ where: { id: account.user.id }, data: { banned: true } });
    expect(await sessionOf(cookie)).toBeNull();
  });

  it("refuse a forged cookie", async () => {
    expect(await sessionOf("careport.session_token=forged.value")).toBeNull();
  });
});

describe("password change", () => {
  it("needs the current password, then signs out the other sessions and the new password works", async () => {
    const { changeStaffPassword } = await import("@/lib/auth/change-password");
    const account = await createStaff();
    const here = await signedInCookie(account);
    const elsewhere = await signedInCookie(account);
    const newPassword = "a brand new passphrase";
    const wrong = { currentPassword: "not it at all", newPassword, confirmPassword: newPassword };
    expect(await changeStaffPassword(wrong, new Headers({ cookie: here }), account.user)).toBe("wrongPassword");

    const right = { currentPassword: account.password, newPassword, confirmPassword: newPassword };
    expect(await changeStaffPassword(right, new Headers({ cookie: here }), account.user)).toBe("changed");
    expect(await sessionOf(elsewhere)).toBeNull();
    expect((await signInStaff(account, browserHeaders())).outcome).toBe("invalidCredentials");
    expect((await signInStaff({ email: account.email, password: newPassword }, browserHeaders())).outcome).toBe("signedIn");
    expect(await db.authEvent.count({ where: { userId: account.user.id, kind: "PASSWORD_CHANGED" } })).toBe(1);
  });

  it("refuses a new password that is easy to guess and keeps the old one", async () => {
    const { changeStaffPassword } = await import("@/lib/auth/change-password");
    const account = await createStaff();
    const cookie = await signedInCookie(account);
    const guessable = { currentPassword: account.password, newPassword: "iloveyou1234", confirmPassword: "iloveyou1234" };
    expect(await changeStaffPassword(guessable, new Headers({ cookie }), account.user)).toBe("tooGuessable");
    expect((await signInStaff(account, browserHeaders())).outcome).toBe("signedIn");
    expect(await db.authEvent.count({ where: { userId: account.user.id, kind: "PASSWORD_CHANGED" } })).toBe(0);
  });
});
