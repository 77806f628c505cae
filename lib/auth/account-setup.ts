import "server-only";
import type { StaffSession } from "./staff-session";
import { mustSetUpTwoFactor } from "./two-factor";

export type AccountSetupStep = "password" | "twoFactor";

/**
 * What an account must do on its account page before it may work: choose its own password when an admin chose the
 * first one (the admin knows it), then set up two-factor sign-in when the setting requires it.
 */
export async function pendingAccountSetup(staff: StaffSession): Promise<AccountSetupStep | null> {
  if (staff.user.passwordChangeRequired) return "password";
  return (await mustSetUpTwoFactor(staff)) ? "twoFactor" : null;
}
