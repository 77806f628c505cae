"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { adminReturnPath } from "@/lib/auth/return-path";
import { signInStaff, signOutStaff } from "@/lib/auth/sign-in";
import { getStaffSession } from "@/lib/auth/staff-session";
import { resolveLocale } from "@/lib/i18n/locales";
import { completeTwoFactorSignIn } from "@/lib/auth/two-factor";
import { signInSchema, twoFactorCodeSchema } from "@/lib/validation/staff-account";

export type SignInActionState =
  | { error: "invalidCredentials" | "validation" | "invalidCode" }
  | { step: "code" }
  | { error: "rateLimited"; retryAfterSeconds: number };

export async function signIn(input: unknown, next: string | null, locale: string): Promise<SignInActionState> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { error: "validation" };
  const result = await signInStaff(parsed.data, await headers());
  if (result.outcome === "signedIn") redirect(adminReturnPath(next, resolveLocale(locale)));
  if (result.outcome === "rateLimited") return { error: "rateLimited", retryAfterSeconds: result.retryAfterSeconds };
  if (result.outcome === "twoFactorRequired") return { step: "code" };
  return { error: result.outcome };
}

/** The second step for accounts with two-factor sign-in; the first step's short-lived cookie says who it is. */
export async function verifySignInCode(input: unknown, next: string | null, locale: string): Promise<SignInActionState> {
  const parsed = twoFactorCodeSchema.safeParse(input);
  if (!parsed.success) return { error: "invalidCode" };
  const result = await completeTwoFactorSignIn(parsed.data.code, await headers());
  if (result.outcome === "verified") redirect(adminReturnPath(next, resolveLocale(locale)));
  return { error: "invalidCode" };
}

export async function signOut(locale: string): Promise<void> {
  const requestHeaders = await headers();
  const staff = await getStaffSession(requestHeaders);
  if (staff) await signOutStaff(requestHeaders, staff.user.id);
  redirect(`/${resolveLocale(locale)}/admin/sign-in`);
}
