"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { adminReturnPath } from "@/lib/auth/return-path";
import { signInStaff, signOutStaff } from "@/lib/auth/sign-in";
import { getStaffSession } from "@/lib/auth/staff-session";
import { resolveLocale } from "@/lib/i18n/locales";
import { signInSchema } from "@/lib/validation/staff-account";

export type SignInActionState =
  | { error: "invalidCredentials" | "validation" | "twoFactorRequired" }
  | { error: "rateLimited"; retryAfterSeconds: number };

export async function signIn(input: unknown, next: string | null, locale: string): Promise<SignInActionState> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { error: "validation" };
  const result = await signInStaff(parsed.data, await headers());
  if (result.outcome === "signedIn") redirect(adminReturnPath(next, resolveLocale(locale)));
  if (result.outcome === "rateLimited") return { error: "rateLimited", retryAfterSeconds: result.retryAfterSeconds };
  return { error: result.outcome };
}

export async function signOut(locale: string): Promise<void> {
  const requestHeaders = await headers();
  const staff = await getStaffSession(requestHeaders);
  if (staff) await signOutStaff(requestHeaders, staff.user.id);
  redirect(`/${resolveLocale(locale)}/admin/sign-in`);
}
