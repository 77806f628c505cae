import { redirect } from "next/navigation";
import { requireStaffPage } from "@/lib/auth/require-staff";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { workspaceHome } from "@/lib/staff/roles";

/** The workspace opens on the first page the account's roles allow, so no account lands on a page it may not see. */
export default async function AdminHome({ params }: PageProps<"/[locale]/admin">) {
  const locale = await resolvePageLocale(params);
  const staff = await requireStaffPage({ locale, path: `/${locale}/admin`, role: "anyRole" });
  redirect(`/${locale}${workspaceHome(staff.user.roles)}`);
}
