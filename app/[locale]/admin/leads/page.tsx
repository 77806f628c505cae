import { getFormatter, getTranslations } from "next-intl/server";
import { AdminBar } from "@/components/admin/admin-bar";
import { LeadFiltersForm } from "@/components/admin/lead-filters-form";
import { Pagination } from "@/components/admin/pagination";
import { findPossibleDuplicates } from "@/lib/leads/duplicates";
import { adminPageMetadata } from "@/lib/seo/workspace-page-metadata";
import { leadFilterOptions, listLeads } from "@/lib/leads/lead-queries";
import { waitingTime } from "@/lib/leads/waiting-time";
import { requireStaffPage } from "@/lib/auth/require-staff";
import { hasRoles } from "@/lib/staff/roles";
import { countryName } from "@/lib/i18n/display-names";
import { Link } from "@/lib/i18n/link";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { getSettings } from "@/lib/settings/settings";
import { leadFiltersQuery, leadFiltersSchema } from "@/lib/validation/lead-filters";
import workspace from "@/components/admin/workspace.module.css";
import styles from "./page.module.css";
import { buttonClassName } from "@/components/ui/button";
import layout from "@/components/ui/layout.module.css";
import { noticeClassName } from "@/components/ui/notice";
import text from "@/components/ui/text.module.css";

export const generateMetadata = adminPageMetadata("leads.title");

export default async function LeadsPage({ params, searchParams }: PageProps<"/[locale]/admin/leads">) {
  const locale = await resolvePageLocale(params);
  const staff = await requireStaffPage({ locale, path: `/${locale}/admin/leads`, role: "coordinator" });
  const query = await searchParams;
  const filters = leadFiltersSchema.parse(query);
  const [{ leads, total, page, pages }, options, settings, t, format] = await Promise.all([
    listLeads(locale, filters),
    leadFilterOptions(locale),
    getSettings(),
    getTranslations("Admin"),
    getFormatter(),
  ]);
  const duplicates = await findPossibleDuplicates(leads);
  const timeZone = settings.workingHours.timeZone;
  const pageHref = (target: number) => `/admin/leads?${leadFiltersQuery({ ...filters, page: target })}`;
  const exportQuery = leadFiltersQuery({ ...filters, page: undefined }).toString();

  return (
    <div className={layout.page}>
      <AdminBar staff={staff} locale={locale} />
      <h1>{t("leads.title")}</h1>
      <LeadFiltersForm locale={locale} filters={filters} {...options} />
      <p className={text.hint} role="status">
        {t("leads.count", { total })}
      </p>
      {hasRoles(staff.user.roles, "admin") && (
        <p>
          <a className={buttonClassName("secondary")} href={`/api/admin/leads/export${exportQuery && `?${exportQuery}`}`} download aria-describedby="leads-export-hint">
            {t("leads.export")}
          </a>{" "}
          <span id="leads-export-hint" className={text.hint}>
            {t("leads.exportHint")}
          </span>
        </p>
      )}
      {leads.length === 0 ? (
        <p className={noticeClassName()}>{Object.keys(query).length ? t("leads.noMatch") : t("leads.empty")}</p>
      ) : (
        <div className={workspace.tableScroll} tabIndex={0} role="region" aria-label={t("leads.title")}>
          <table className={workspace.table}>
            <thead>
              <tr>
                <th scope="col">{t("leads.reference")}</th>
                <th scope="col">{t("leads.name")}</th>
                <th scope="col">{t("leads.country")}</th>
                <th scope="col">{t("leads.treatment")}</th>
                <th scope="col">{t("leads.channel")}</th>
                <th scope="col">{t("leads.status")}</th>
                <th scope="col">{t("leads.assignee")}</th>
                <th scope="col">{t("leads.waited")}</th>
                <th scope="col">{t("leads.received")}</th>
              </tr>
            </thead>
            <tbody>
              {leads.map((lead) => {
                const wait = waitingTime(lead);
                // Resending adds a notification, so one delivered email is enough.
                const unnotified = lead.status !== "QUARANTINED" && !lead.notifications.some((notification) => notification.status === "SENT");
                return (
                  <tr key={lead.id} className={wait.overdue && wait.running ? styles.overdue : undefined}>
                    <td className={styles.reference}>
                      <Link href={`/admin/leads/${lead.id}`}>{lead.reference}</Link>
                      {unnotified && <strong className={styles.alert}> {t("leads.notNotified")}</strong>}
                      {duplicates.has(lead.id) && <strong> {t("leads.duplicate")}</strong>}
                    </td>
                    <td className={`patient-text ${styles.name}`}>{lead.erasedAt ? <em>{t("leads.erased")}</em> : lead.fullName}</td>
                    <td>{countryName(locale, lead.countryCode)}</td>
                    <td>{lead.treatment?.translations[0]?.name ?? "—"}</td>
                    <td>{t(`channel.${lead.contactChannel}`)}</td>
                    <td>{t(`status.${lead.status}`)}</td>
                    <td>{lead.assignee?.name ?? "—"}</td>
                    <td>
                      {t("leads.duration", { days: wait.days, hours: wait.hours, minutes: wait.minutes })}
                      {wait.overdue && <strong className={styles.alert}> {t("leads.overdue")}</strong>}
                    </td>
                    <td>{format.dateTime(lead.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone })}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pages={pages} href={pageHref} />
    </div>
  );
}
