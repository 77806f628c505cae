import { base32 } from "@better-auth/utils/base32";
import { createOTP } from "@better-auth/utils/otp";

/** What an authenticator app shows for the otpauth:// URI it scanned. */
export async function currentTotpCode(totpURI: string) {
  const secret = new URL(totpURI).searchParams.get("secret");
  if (!secret) throw new Error(`No secret in ${totpURI}`);
  return createOTP(base32.decode(secret), { digits: 6, period: 30 }).totp();
}
