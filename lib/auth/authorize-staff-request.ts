import "server-only";
import type { RoleRequirement } from "@/lib/staff/roles";
import type { StaffRefusal } from "./action-state";
import { checkStaffAccess } from "./staff-guard";
import type { StaffSession } from "./staff-session";

const refusals: Record<StaffRefusal, { status: number; text: string }> = {
  signedOut: { status: 401, text: "Sign in to the workspace first." },
  forbidden: { status: 403, text: "Your role does not allow this." },
  passwordChangeRequired: { status: 403, text: "Choose your own password on your account page first." },
  twoFactorRequired: { status: 403, text: "Set up two-factor sign-in on your account page first." },
};

/** For route handlers (file downloads, exports): the session with the role it needs, or the refusal to send. */
export async function authorizeStaffRequest(
  request: Request,
  options: { detail: string; role: RoleRequirement; headers?: HeadersInit },
): Promise<{ staff: StaffSession; refusal?: never } | { staff?: never; refusal: Response }> {
  const { staff, refusal } = await checkStaffAccess(request.headers, { role: options.role }, options.detail);
  if (!refusal) return { staff };
  const { status, text } = refusals[refusal];
  return { refusal: new Response(text, { status, headers: { "cache-control": "no-store", ...options.headers } }) };
}
