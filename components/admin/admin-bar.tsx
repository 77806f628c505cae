import { getTranslations } from "next-intl/server";
import { hasRole } from "@/lib/staff/roles";
import type { StaffSession } from "@/lib/auth/staff-session";
import { Link } from "@/lib/i18n/link";
import { SignOutForm } from "./sign-out-form";
import type { Locale } from "@/lib/i18n/locales";
import styles from "./admin-bar.module.css";

/** The workspace's own navigation: who is signed in, and sign-out (a POST, never a link). */
export async function AdminBar({ staff, locale }: { staff: StaffSession; locale: Locale }) {
  const t = await getTranslations("Admin");
  return (
    <nav className={styles.bar} aria-label={t("nav.label")}>
      <Link href="/admin/leads">{t("nav.leads")}</Link>
      <Link href="/admin/quarantine">{t("nav.quarantine")}</Link>
      {hasRole(staff.user.role, "admin") && (
        <>
          <Link href="/admin/users">{t("nav.users")}</Link>
          <Link href="/admin/settings">{t("nav.settings")}</Link>
        </>
      )}
      <Link href="/admin/account" className={styles.user}>
        {t("nav.signedInAs", { name: staff.user.name, role: staff.user.role })}
      </Link>
      <SignOutForm locale={locale} label={t("nav.signOut")} />
    </nav>
  );
}
