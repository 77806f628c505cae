import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { AddStaffForm } from "@/components/admin/add-staff-form";
import { AdminBar } from "@/components/admin/admin-bar";
import { StaffRowActions } from "@/components/admin/staff-row-actions";
import { adminPageMetadata } from "@/lib/seo/workspace-page-metadata";
import { listStaff } from "@/lib/staff/staff-management";
import { requireStaffPage } from "@/lib/auth/require-staff";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import workspace from "@/components/admin/workspace.module.css";
import layout from "@/components/ui/layout.module.css";
import text from "@/components/ui/text.module.css";

export const generateMetadata = adminPageMetadata("users.title");

export default async function UsersPage({ params }: PageProps<"/[locale]/admin/users">) {
  const locale = await resolvePageLocale(params);
  const staff = await requireStaffPage({ locale, path: `/${locale}/admin/users`, role: "admin" });
  const [members, t, format, messages] = await Promise.all([listStaff(), getTranslations("Admin"), getFormatter(), getMessages()]);
  return (
    <div className={layout.page}>
      <AdminBar staff={staff} locale={locale} />
      <h1>{t("users.title")}</h1>
      <p className={text.lead}>{t("users.intro")}</p>
      <NextIntlClientProvider messages={{ Admin: messages.Admin }}>
        <div className={workspace.tableScroll} tabIndex={0} role="region" aria-label={t("users.title")}>
          <table className={workspace.table}>
            <thead>
              <tr>
                <th scope="col">{t("users.name")}</th>
                <th scope="col">{t("users.email")}</th>
                <th scope="col">{t("users.role")}</th>
                <th scope="col">{t("users.status")}</th>
                <th scope="col">{t("users.twoFactor")}</th>
                <th scope="col">{t("users.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.id}>
                  <th scope="row">{member.name}</th>
                  <td>{member.email}</td>
                  <td>{format.list(member.roles.map((role) => t(`users.roles.${role}`)))}</td>
                  <td>
                    {member.active ? t("users.active") : t("users.deactivated")}
                    {member.passwordChangeRequired && ` · ${t("users.passwordPending")}`}
                  </td>
                  <td>{member.twoFactorEnabled ? t("users.twoFactorOn") : t("users.twoFactorOff")}</td>
                  <td>
                    {member.id === staff.user.id && <p>{t("users.you")}</p>}
                    <StaffRowActions member={member} own={member.id === staff.user.id} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className={layout.narrow}>
          <AddStaffForm />
        </div>
      </NextIntlClientProvider>
    </div>
  );
}
