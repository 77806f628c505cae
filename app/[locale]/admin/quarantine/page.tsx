import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { AdminBar } from "@/components/admin/admin-bar";
import { Pagination } from "@/components/admin/pagination";
import { QuarantineActions } from "@/components/admin/quarantine-actions";
import { adminPageMetadata } from "@/lib/seo/workspace-page-metadata";
import { listQuarantined } from "@/lib/leads/quarantine";
import { requireStaffPage } from "@/lib/auth/require-staff";
import { countryName } from "@/lib/i18n/display-names";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { getSettings } from "@/lib/settings/settings";
import { leadFiltersSchema } from "@/lib/validation/lead-filters";
import workspace from "@/components/admin/workspace.module.css";
import styles from "./page.module.css";
import layout from "@/components/ui/layout.module.css";
import { noticeClassName } from "@/components/ui/notice";
import text from "@/components/ui/text.module.css";

export const generateMetadata = adminPageMetadata("quarantine.title");

const knownReasons = ["honeypot", "form-token", "too-fast"];

export default async function QuarantinePage({ params, searchParams }: PageProps<"/[locale]/admin/quarantine">) {
  const locale = await resolvePageLocale(params);
  const staff = await requireStaffPage({ locale, path: `/${locale}/admin/quarantine`, role: "coordinator" });
  const page = leadFiltersSchema.parse(await searchParams).page ?? 1;
  const [{ leads, total, pages }, settings, t, format, messages] = await Promise.all([
    listQuarantined(page),
    getSettings(),
    getTranslations("Admin"),
    getFormatter(),
    getMessages(),
  ]);
  const timeZone = settings.workingHours.timeZone;

  return (
    <div className={layout.page}>
      <AdminBar staff={staff} locale={locale} />
      <h1>{t("quarantine.title")}</h1>
      <p className={text.lead}>{t("quarantine.intro")}</p>
      <p className={text.hint} role="status">
        {t("quarantine.count", { total })}
      </p>
      {leads.length === 0 ? (
        <p className={noticeClassName()}>{t("quarantine.empty")}</p>
      ) : (
        <NextIntlClientProvider messages={{ Admin: messages.Admin }}>
          <ul className={styles.list}>
            {leads.map((lead) => (
              <li key={lead.id} className={styles.item}>
                <h2>
                  {lead.reference} · {lead.fullName}
                </h2>
                <dl className={workspace.facts}>
                  <dt>{t("quarantine.received")}</dt>
                  <dd>{format.dateTime(lead.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone })}</dd>
                  <dt>{t("quarantine.sender")}</dt>
                  <dd>
                    {lead.email} · {countryName(locale, lead.countryCode)} · {t("quarantine.files", { count: lead._count.files })}
                  </dd>
                  <dt>{t("quarantine.reason")}</dt>
                  <dd>{t(`quarantine.reasons.${knownReasons.includes(lead.spamReason ?? "") ? lead.spamReason : "other"}` as "quarantine.reasons.other")}</dd>
                  <dt>{t("quarantine.message")}</dt>
                  <dd className={styles.message}>{lead.message.length > 600 ? `${lead.message.slice(0, 600)}…` : lead.message}</dd>
                </dl>
                <QuarantineActions leadId={lead.id} reference={lead.reference} />
              </li>
            ))}
          </ul>
        </NextIntlClientProvider>
      )}
      <Pagination page={page} pages={pages} href={(target) => `/admin/quarantine?page=${target}`} />
    </div>
  );
}
