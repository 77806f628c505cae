import "server-only";
import { APIError } from "better-auth/api";
import { consumeRateLimit, refundRateLimit } from "@/lib/rate-limit/rate-limit";
import { clientIp, hashEmail, hashIp } from "@/lib/security/client-ip";
import type { SignInInput } from "@/lib/validation/staff-account";
import { auth } from "./auth";
import { cookieHeaderFrom } from "./cookie-header";
import { logAuthEvent } from "./auth-events";

/**
 * Per account and per address, counted over 15 minutes (OWASP allows up to ~100 failures an hour per account). Only
 * guesses count: a sign-in with the right password gives its attempts back, so an office of colleagues is never
 * locked out by signing in.
 */
export const SIGN_IN_LIMITS = {
  perAccount: { max: 10, windowSeconds: 15 * 60 },
  perIp: { max: 30, windowSeconds: 15 * 60 },
};

export type SignInResult =
  | { outcome: "signedIn"; userId: string; cookieHeader: string }
  | { outcome: "twoFactorRequired"; cookieHeader: string }
  | { outcome: "invalidCredentials" }
  | { outcome: "rateLimited"; retryAfterSeconds: number };

/**
 * Email-and-password sign-in for staff. Unknown email, wrong password and deactivated account all answer
 * "invalidCredentials", so the answer never tells whether an address has an account. Every attempt is logged.
 */
export async function signInStaff(input: SignInInput, requestHeaders: Headers): Promise<SignInResult> {
  const emailHash = hashEmail(input.email);
  const ipHash = hashIp(clientIp(requestHeaders));
  const { perAccount, perIp } = SIGN_IN_LIMITS;
  const accountBucket = `sign-in:account:${emailHash}`;
  const addressBucket = `sign-in:ip:${ipHash}`;
  const [account, address] = await Promise.all([
    consumeRateLimit(accountBucket, perAccount.max, perAccount.windowSeconds),
    consumeRateLimit(addressBucket, perIp.max, perIp.windowSeconds),
  ]);
  if (!account.allowed || !address.allowed) {
    await logAuthEvent("SIGN_IN_RATE_LIMITED", requestHeaders, { emailHash, detail: account.allowed ? "ip" : "account" });
    return { outcome: "rateLimited", retryAfterSeconds: Math.max(account.retryAfterSeconds, address.retryAfterSeconds) };
  }
  try {
    const { response, headers } = await auth.api.signInEmail({
      body: { email: input.email, password: input.password, rememberMe: false },
      headers: requestHeaders,
      returnHeaders: true,
    });
    const cookieHeader = cookieHeaderFrom(headers);
    if ("twoFactorRedirect" in response && response.twoFactorRedirect) {
      await logAuthEvent("SIGN_IN_FAILED", requestHeaders, { emailHash, detail: "second factor required" });
      return { outcome: "twoFactorRequired", cookieHeader };
    }
    const { user } = response as { user: { id: string } };
    await Promise.all([refundRateLimit(accountBucket), refundRateLimit(addressBucket)]);
    await logAuthEvent("SIGN_IN_SUCCEEDED", requestHeaders, { userId: user.id, emailHash });
    return { outcome: "signedIn", userId: user.id, cookieHeader };
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    await logAuthEvent("SIGN_IN_FAILED", requestHeaders, { emailHash, detail: String(error.body?.code ?? error.status) });
    return { outcome: "invalidCredentials" };
  }
}

export async function signOutStaff(requestHeaders: Headers, userId: string) {
  await auth.api.signOut({ headers: requestHeaders });
  await logAuthEvent("SIGN_OUT", requestHeaders, { userId });
}
