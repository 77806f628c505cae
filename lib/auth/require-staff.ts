import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import type { Locale } from "@/lib/i18n/locales";
import type { RoleRequirement } from "@/lib/staff/roles";
import { checkStaffAccess } from "./staff-guard";
import type { StaffSession } from "./staff-session";

/**
 * For workspace pages: the session with the role the page needs. Without a session the visitor is sent to sign in and brought
 * back; without that role the page does not exist for them. While the account has a setup step left, every
 * page but the account page sends there.
 */
export async function requireStaffPage(options: { locale: Locale; path: string; role: RoleRequirement }): Promise<StaffSession> {
  const accountPage = `/${options.locale}/admin/account`;
  const access = { role: options.role, duringSetup: options.path === accountPage };
  const { staff, refusal } = await checkStaffAccess(await headers(), access, options.path);
  if (!refusal) return staff;
  if (refusal === "signedOut") redirect(`/${options.locale}/admin/sign-in?next=${encodeURIComponent(options.path)}`);
  if (refusal === "forbidden") notFound();
  redirect(`${accountPage}?setup=${refusal === "passwordChangeRequired" ? "password" : "two-factor"}`);
}
