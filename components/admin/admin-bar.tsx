import { getFormatter, getTranslations } from "next-intl/server";
import { hasRoles } from "@/lib/staff/roles";
import type { StaffSession } from "@/lib/auth/staff-session";
import { Link } from "@/lib/i18n/link";
import { SignOutForm } from "./sign-out-form";
import type { Locale } from "@/lib/i18n/locales";
import styles from "./admin-bar.module.css";

/** The workspace's own navigation: the pages the account's roles allow, who is signed in, and sign-out (a POST, never a link). */
export async function AdminBar({ staff, locale }: { staff: StaffSession; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations("Admin"), getFormatter()]);
  const { roles } = staff.user;
  return (
    <nav className={styles.bar} aria-label={t("nav.label")}>
      {hasRoles(roles, "coordinator") && (
        <>
          <Link href="/admin/leads">{t("nav.leads")}</Link>
          <Link href="/admin/quarantine">{t("nav.quarantine")}</Link>
        </>
      )}
      {hasRoles(roles, "editor") && <Link href="/admin/catalog">{t("catalog.nav")}</Link>}
      {hasRoles(roles, "admin") && (
        <>
          <Link href="/admin/users">{t("nav.users")}</Link>
          <Link href="/admin/clinic-contacts">{t("clinicContacts.nav")}</Link>
          <Link href="/admin/settings">{t("nav.settings")}</Link>
        </>
      )}
      <Link href="/admin/account" className={styles.user}>
        {t("nav.signedInAs", { name: staff.user.name, roles: format.list(roles.map((role) => t(`users.roles.${role}`))) })}
      </Link>
      <SignOutForm locale={locale} label={t("nav.signOut")} />
    </nav>
  );
}
