import "server-only";
import { APIError } from "better-auth/api";
import type { ChangePasswordInput } from "@/lib/validation/staff-account";
import { db } from "@/lib/db";
import { auth } from "./auth";
import { logAuthEvent } from "./auth-events";
import { isGuessablePassword } from "./password-strength";

/** Changes the signed-in user's password and ends their other sessions; the current password must be right. */
export async function changeStaffPassword(
  input: ChangePasswordInput,
  requestHeaders: Headers,
  user: { id: string; email: string; name: string },
): Promise<"changed" | "wrongPassword" | "tooGuessable"> {
  if (isGuessablePassword(input.newPassword, user)) return "tooGuessable";
  try {
    await auth.api.changePassword({
      body: { currentPassword: input.currentPassword, newPassword: input.newPassword, revokeOtherSessions: true },
      headers: requestHeaders,
    });
  } catch (error) {
    if (error instanceof APIError) return "wrongPassword";
    throw error;
  }
  await db.user.update({ where: { id: user.id }, data: { passwordChangeRequired: false } });
  await logAuthEvent("PASSWORD_CHANGED", requestHeaders, { userId: user.id });
  return "changed";
}
