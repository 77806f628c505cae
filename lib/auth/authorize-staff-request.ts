import "server-only";
import { logAuthEvent } from "./auth-events";
import { hasRole, type StaffRole } from "@/lib/staff/roles";
import { getStaffSession, type StaffSession } from "./staff-session";
import { pendingAccountSetup, setupRefusals } from "./account-setup";

/**
 * For route handlers (file downloads, exports): the session with at least `role`, or the refusal to send, logged
 * under `detail`. The same rules as pages and actions: signed in (401), the role (403), no setup step left (403):
 * the account's own password, two-factor sign-in where the setting requires it.
 */
export async function authorizeStaffRequest(
  request: Request,
  options: { detail: string; role?: StaffRole; headers?: HeadersInit },
): Promise<{ staff: StaffSession; refusal?: never } | { staff?: never; refusal: Response }> {
  const staff = await getStaffSession(request.headers);
  const refuse = async (status: number, text: string, why?: string) => {
    await logAuthEvent("ACCESS_REFUSED", request.headers, { userId: staff?.user.id, detail: why ? `${options.detail}:${why}` : options.detail });
    return { refusal: new Response(text, { status, headers: { "cache-control": "no-store", ...options.headers } }) };
  };
  if (!staff) return refuse(401, "Sign in to the workspace first.");
  if (!hasRole(staff.user.role, options.role ?? "coordinator")) return refuse(403, "Your role does not allow this.");
  const setup = await pendingAccountSetup(staff);
  if (setup === "password") return refuse(403, "Choose your own password on your account page first.", setupRefusals.password);
  if (setup) return refuse(403, "Set up two-factor sign-in on your account page first.", setupRefusals.twoFactor);
  return { staff };
}
