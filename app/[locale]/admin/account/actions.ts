"use server";

import { headers } from "next/headers";
import { changeStaffPassword } from "@/lib/auth/change-password";
import { getStaffSession } from "@/lib/auth/staff-session";
import { logAuthEvent } from "@/lib/auth/auth-events";
import { changePasswordSchema } from "@/lib/validation/staff-account";

export type ChangePasswordState = { result: "changed" | "wrongPassword" | "validation" | "signedOut" };

export async function changePassword(input: unknown): Promise<ChangePasswordState> {
  const requestHeaders = await headers();
  const staff = await getStaffSession(requestHeaders);
  if (!staff) {
    await logAuthEvent("ACCESS_REFUSED", requestHeaders, { detail: "action:changePassword" });
    return { result: "signedOut" };
  }
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return { result: "validation" };
  return { result: await changeStaffPassword(parsed.data, requestHeaders, staff.user.id) };
}
