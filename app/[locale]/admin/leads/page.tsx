import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { AdminBar } from "@/components/admin/admin-bar";
import { listLeads } from "@/lib/admin/lead-queries";
import { requireStaffPage } from "@/lib/auth/require-staff";
import { countryName } from "@/lib/i18n/display-names";
import { Link } from "@/lib/i18n/navigation";
import { adminPageMetadata } from "@/lib/admin/page-metadata";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { getSettings } from "@/lib/settings/settings";
import { optionalQueryParam } from "@/lib/validation/query-params";

const pageParam = optionalQueryParam(z.coerce.number().int().min(1).max(100_000));

export const generateMetadata = adminPageMetadata("leads.title");

export default async function LeadsPage({ params, searchParams }: PageProps<"/[locale]/admin/leads">) {
  const locale = await resolvePageLocale(params);
  const staff = await requireStaffPage({ locale, path: `/${locale}/admin/leads` });
  const page = pageParam.parse((await searchParams).page) ?? 1;
  const [{ leads, total, pages }, settings, t, format] = await Promise.all([
    listLeads(locale, page),
    getSettings(),
    getTranslations("Admin"),
    getFormatter(),
  ]);
  const timeZone = settings.workingHours.timeZone;
  const now = new Date();

  return (
    <div className="container page">
      <AdminBar staff={staff} locale={locale} />
      <h1>{t("leads.title")}</h1>
      <p className="hint">{t("leads.count", { total })}</p>
      {leads.length === 0 ? (
        <p className="notice">{t("leads.empty")}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t("leads.title")}>
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{t("leads.reference")}</th>
                <th scope="col">{t("leads.name")}</th>
                <th scope="col">{t("leads.country")}</th>
                <th scope="col">{t("leads.treatment")}</th>
                <th scope="col">{t("leads.channel")}</th>
                <th scope="col">{t("leads.status")}</th>
                <th scope="col">{t("leads.received")}</th>
              </tr>
            </thead>
            <tbody>
              {leads.map((lead) => {
                const overdue = lead.status === "NEW" && lead.respondBy < now;
                return (
                  <tr key={lead.id} className={overdue ? "admin-table__overdue" : undefined}>
                    <td>
                      <Link href={`/admin/leads/${lead.id}`}>{lead.reference}</Link>
                    </td>
                    <td>{lead.fullName}</td>
                    <td>{countryName(locale, lead.countryCode)}</td>
                    <td>{lead.treatment?.translations[0]?.name ?? "—"}</td>
                    <td>{t(`channel.${lead.contactChannel}`)}</td>
                    <td>
                      {t(`status.${lead.status}`)}
                      {overdue && <strong className="badge badge--alert"> {t("leads.overdue")}</strong>}
                    </td>
                    <td>{format.dateTime(lead.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone })}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav className="pagination" aria-label={t("leads.pagination")}>
          {page > 1 && <Link href={`/admin/leads?page=${page - 1}`}>{t("leads.previous")}</Link>}
          <span>{t("leads.pageOf", { page, pages })}</span>
          {page < pages && <Link href={`/admin/leads?page=${page + 1}`}>{t("leads.next")}</Link>}
        </nav>
      )}
    </div>
  );
}
