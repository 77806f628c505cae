import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { AdminBar } from "@/components/admin/admin-bar";
import { OperatorSettingsForm } from "@/components/admin/operator-settings-form";
import { SettingsForm } from "@/components/admin/settings-form";
import { leadFilterOptions } from "@/lib/leads/lead-queries";
import { adminPageMetadata } from "@/lib/seo/workspace-page-metadata";
import { requireStaffPage } from "@/lib/auth/require-staff";
import { languageName, weekdayNames } from "@/lib/i18n/display-names";
import { locales } from "@/lib/i18n/locales";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { getSettings } from "@/lib/settings/settings";
import layout from "@/components/ui/layout.module.css";

export const generateMetadata = adminPageMetadata("settings.title");

export default async function SettingsPage({ params }: PageProps<"/[locale]/admin/settings">) {
  const locale = await resolvePageLocale(params);
  const staff = await requireStaffPage({ locale, path: `/${locale}/admin/settings`, role: "admin" });
  const [settings, { treatments }, t, messages] = await Promise.all([getSettings(), leadFilterOptions(locale), getTranslations("Admin"), getMessages()]);
  return (
    <div className={layout.page}>
      <AdminBar staff={staff} locale={locale} />
      <div className={layout.narrow}>
        <h1>{t("settings.title")}</h1>
        <NextIntlClientProvider messages={{ Admin: messages.Admin }}>
          <SettingsForm
            settings={settings}
            treatments={treatments}
            languages={locales.map((code) => ({ value: code, label: languageName(locale, code) }))}
            weekdayNames={weekdayNames(locale)}
          />
          <OperatorSettingsForm operator={settings.operator} hideDemoNotice={settings.hideDemoNotice} />
        </NextIntlClientProvider>
      </div>
    </div>
  );
}
