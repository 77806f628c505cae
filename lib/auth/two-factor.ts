import "server-only";
import { APIError } from "better-auth/api";
import { getSettings } from "@/lib/settings/settings";
import { auth } from "./auth";
import { logAuthEvent } from "./auth-events";
import { cookieHeaderFrom } from "./cookie-header";
import type { StaffSession } from "./staff-session";

/**
 * Authenticator-app (TOTP) sign-in through better-auth's two-factor plugin. Setting it up is two steps: the
 * password starts it (a secret and backup codes), then a code from the app proves the app has the secret; only
 * then is it switched on. Each step rotates the session cookie (set by the nextCookies plugin in a server action).
 */
export async function startTwoFactorSetup(password: string, requestHeaders: Headers) {
  try {
    const result = await auth.api.enableTwoFactor({ body: { password, method: "totp" }, headers: requestHeaders });
    if (result.method !== "totp") throw new Error("The two-factor plugin did not start an authenticator setup");
    return { outcome: "started" as const, totpURI: result.totpURI, backupCodes: result.backupCodes };
  } catch (error) {
    if (error instanceof APIError) return { outcome: "wrongPassword" as const };
    throw error;
  }
}

/** A code from the app: confirms the setup for a signed-in user, or completes a sign-in waiting for it. */
export async function verifyTwoFactorCode(code: string, requestHeaders: Headers) {
  try {
    const { headers } = await auth.api.verifyTOTP({ body: { code }, headers: requestHeaders, returnHeaders: true });
    return { outcome: "verified" as const, cookieHeader: cookieHeaderFrom(headers) };
  } catch (error) {
    if (error instanceof APIError) return { outcome: "invalidCode" as const };
    throw error;
  }
}

/** The second step of a sign-in (the first left a short-lived two-factor cookie), logged like the first. */
export async function completeTwoFactorSignIn(code: string, requestHeaders: Headers) {
  const result = await verifyTwoFactorCode(code, requestHeaders);
  await logAuthEvent(result.outcome === "verified" ? "SIGN_IN_SUCCEEDED" : "SIGN_IN_FAILED", requestHeaders, { detail: `second factor ${result.outcome}` });
  return result;
}

export async function turnOffTwoFactor(password: string, requestHeaders: Headers): Promise<"turnedOff" | "wrongPassword"> {
  try {
    await auth.api.disableTwoFactor({ body: { password }, headers: requestHeaders });
    return "turnedOff";
  } catch (error) {
    if (error instanceof APIError) return "wrongPassword";
    throw error;
  }
}

/** With the `requireTwoFactor` setting on, an account without it may only reach its account page, to set it up. */
export async function mustSetUpTwoFactor(staff: StaffSession): Promise<boolean> {
  if (staff.user.twoFactorEnabled) return false;
  return (await getSettings()).requireTwoFactor;
}
