import { randomUUID } from "node:crypto";
import { createStaffAccount } from "@/lib/staff/staff-accounts";
import { signInStaff } from "@/lib/auth/sign-in";
import type { StaffRole } from "@/lib/staff/roles";

/** A staff account with a known password and these roles (a coordinator unless said otherwise), unique per call. */
export async function createStaff(...roles: StaffRole[]) {
  if (!roles.length) roles.push("coordinator");
  const email = `${roles.join("-")}-${randomUUID().slice(0, 8)}@careport.test`;
  const password = `test password ${randomUUID()}`;
  const user = await createStaffAccount({ email, name: `Test ${roles.join(" ")}`, roles, password });
  return { user, email, password };
}

/** Request headers as a browser would send them, from a distinct address unless one is given. */
export function browserHeaders(extra: Record<string, string> = {}) {
  return new Headers({ "x-forwarded-for": `10.9.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`, ...extra });
}

/** Signs in and returns the Cookie header the browser would send afterwards. */
export async function signedInCookie(account: { email: string; password: string }) {
  const result = await signInStaff(account, browserHeaders());
  if (result.outcome !== "signedIn") throw new Error(`Sign-in failed: ${result.outcome}`);
  return result.cookieHeader;
}
