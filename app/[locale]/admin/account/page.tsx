import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { AdminBar } from "@/components/admin/admin-bar";
import { ChangePasswordForm } from "@/components/admin/change-password-form";
import { TwoFactorSetup } from "@/components/admin/two-factor-setup";
import { requireStaffPage } from "@/lib/auth/require-staff";
import { adminPageMetadata } from "@/lib/seo/workspace-page-metadata";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { getSettings } from "@/lib/settings/settings";
import layout from "@/components/ui/layout.module.css";
import { noticeClassName } from "@/components/ui/notice";
import text from "@/components/ui/text.module.css";

export const generateMetadata = adminPageMetadata("account.title");

export default async function AccountPage({ params }: PageProps<"/[locale]/admin/account">) {
  const locale = await resolvePageLocale(params);
  const staff = await requireStaffPage({ locale, path: `/${locale}/admin/account`, role: "anyRole" });
  const [t, messages, settings] = await Promise.all([getTranslations("Admin"), getMessages(), getSettings()]);
  return (
    <div className={layout.page}>
      <AdminBar staff={staff} locale={locale} />
      <div className={layout.narrow}>
        <h1>{t("account.title")}</h1>
        <p className={text.lead}>{staff.user.email}</p>
        <h2>{t("account.changePassword")}</h2>
        {staff.user.passwordChangeRequired && <p className={noticeClassName("info")}>{t("account.passwordChangeRequired")}</p>}
        <NextIntlClientProvider messages={{ Admin: messages.Admin }}>
          <ChangePasswordForm />
          <h2 id="two-factor">{t("account.twoFactorTitle")}</h2>
          <TwoFactorSetup enabled={staff.user.twoFactorEnabled} required={settings.requireTwoFactor} />
        </NextIntlClientProvider>
      </div>
    </div>
  );
}
