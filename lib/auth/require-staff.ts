import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { logAuthEvent } from "./auth-events";
import { hasRole, type StaffRole } from "@/lib/staff/roles";
import { getStaffSession, type StaffSession } from "./staff-session";
import { pendingAccountSetup } from "./account-setup";

/**
 * For admin pages: the session with at least `role`, or a logged refusal. Without a session the visitor is sent to
 * sign in and brought back; with too small a role the page does not exist for them. While the account has a setup
 * step left (its own password, two-factor sign-in), every page but the account page sends there.
 */
export async function requireStaffPage(options: { locale: Locale; path: string; role?: StaffRole }): Promise<StaffSession> {
  const requestHeaders = await headers();
  const staff = await getStaffSession(requestHeaders);
  const accountPage = `/${options.locale}/admin/account`;
  const setup = staff && options.path !== accountPage ? await pendingAccountSetup(staff) : null;
  if (setup) redirect(`${accountPage}?setup=${setup === "password" ? "password" : "two-factor"}`);
  if (staff && hasRole(staff.user.role, options.role ?? "coordinator")) return staff;
  await logAuthEvent("ACCESS_REFUSED", requestHeaders, { userId: staff?.user.id, detail: options.path });
  if (!staff) redirect(`/${options.locale}/admin/sign-in?next=${encodeURIComponent(options.path)}`);
  notFound();
}
