import "server-only";
import { hasRoles, type RoleRequirement } from "@/lib/staff/roles";
import type { StaffRefusal } from "./action-state";
import { logAuthEvent } from "./auth-events";
import { pendingAccountSetup, type AccountSetupStep } from "./account-setup";
import { getStaffSession, type StaffSession } from "./staff-session";

export interface StaffAccess {
  /** The role it needs (see lib/staff/roles.ts); stated by every page, action and route, never assumed. */
  role: RoleRequirement;
  /** Only for the account page and its actions: they are where a pending setup step is done. */
  duringSetup?: boolean;
}

/** The refusal for a setup step left, and how the security log names that step. */
const setupRefusal: Record<AccountSetupStep, { refusal: StaffRefusal; logged: string }> = {
  password: { refusal: "passwordChangeRequired", logged: "password change required" },
  twoFactor: { refusal: "twoFactorRequired", logged: "two-factor setup required" },
};

/**
 * The one guard of pages, server actions and route handlers: signed in, the role, no setup step left (the account's
 * own password; two-factor sign-in where the setting requires it). Every refusal is written to the security log
 * under `detail`, with the setup step when that was the reason.
 */
export async function checkStaffAccess(
  requestHeaders: Headers,
  access: StaffAccess,
  detail: string,
): Promise<{ staff: StaffSession; refusal?: never } | { staff?: StaffSession; refusal: StaffRefusal }> {
  const staff = (await getStaffSession(requestHeaders)) ?? undefined;
  const refuse = async (refusal: StaffRefusal, step?: AccountSetupStep) => {
    await logAuthEvent("ACCESS_REFUSED", requestHeaders, { userId: staff?.user.id, detail: step ? `${detail}:${setupRefusal[step].logged}` : detail });
    return { staff, refusal };
  };
  if (!staff) return refuse("signedOut");
  if (!hasRoles(staff.user.roles, access.role)) return refuse("forbidden");
  const step = access.duringSetup ? null : await pendingAccountSetup(staff);
  if (step) return refuse(setupRefusal[step].refusal, step);
  return { staff };
}
