import { notFound } from "next/navigation";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { AdminBar } from "@/components/admin/admin-bar";
import { contactLinks } from "@/lib/formats/contact-links";
import { findPossibleDuplicates } from "@/lib/leads/duplicates";
import { getLeadHistory } from "@/lib/leads/lead-history";
import { getLeadDetail } from "@/lib/leads/lead-queries";
import { listAssignableStaff, recordLeadAccess } from "@/lib/leads/lead-work";
import { LeadErasureForm } from "@/components/admin/lead-erasure-form";
import { LeadHistory } from "@/components/admin/lead-history";
import { LeadSubmission } from "@/components/admin/lead-submission";
import { LeadWorkPanel } from "@/components/admin/lead-work-panel";
import { ResendNotification } from "@/components/admin/resend-notification";
import { NextIntlClientProvider } from "next-intl";
import { requireStaffPage } from "@/lib/auth/require-staff";
import { hasRoles } from "@/lib/staff/roles";
import { countryName, languageNames } from "@/lib/i18n/display-names";
import { Link } from "@/lib/i18n/link";
import { adminPageMetadata } from "@/lib/seo/workspace-page-metadata";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { getSettings } from "@/lib/settings/settings";
import { isRecordId } from "@/lib/validation/record-id";
import { leftToRight } from "@/components/forms/left-to-right";
import workspace from "@/components/admin/workspace.module.css";
import styles from "./page.module.css";
import { buttonClassName } from "@/components/ui/button";
import layout from "@/components/ui/layout.module.css";
import { noticeClassName } from "@/components/ui/notice";
import text from "@/components/ui/text.module.css";

export const generateMetadata = adminPageMetadata("lead.title");

export default async function LeadPage({ params }: PageProps<"/[locale]/admin/leads/[id]">) {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  const staff = await requireStaffPage({ locale, path: `/${locale}/admin/leads/${encodeURIComponent(id)}`, role: "coordinator" });
  const [lead, settings, t, format, staffList, messages] = await Promise.all([
    isRecordId(id) ? getLeadDetail(id, locale) : null,
    getSettings(),
    getTranslations("Admin"),
    getFormatter(),
    listAssignableStaff(),
    getMessages(),
  ]);
  if (!lead) notFound();
  await recordLeadAccess(staff.user.id, lead.id);
  const [history, duplicates] = await Promise.all([getLeadHistory(lead.id), findPossibleDuplicates([lead])]);
  const possibleDuplicates = duplicates.get(lead.id) ?? [];
  const timeZone = settings.workingHours.timeZone;
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone });
  const links = contactLinks(lead.phone, lead.email);
  const name = (item: { translations: { name: string }[] } | null) => item?.translations[0]?.name ?? "—";
  // An erased lead keeps its reference, status, catalog choices and history; nothing that names the patient is left.
  const erased = lead.erasedAt !== null;

  return (
    <div className={layout.page}>
      <AdminBar staff={staff} locale={locale} />
      <p>
        <Link href="/admin/leads">{t("lead.back")}</Link>
      </p>
      <h1>{erased ? lead.reference : `${lead.reference} · ${lead.fullName}`}</h1>
      <p className={text.lead} data-testid="lead-status">
        {t(`status.${lead.status}`)} · {t("lead.received", { date: when(lead.createdAt) })} ·{" "}
        {lead.firstContactedAt
          ? t("lead.firstContact", { date: when(lead.firstContactedAt) })
          : t("lead.respondBy", { date: when(lead.respondBy) })}
        {lead.closedReason && ` · ${lead.closedReason}`}
      </p>

      {lead.erasedAt ? (
        <p className={noticeClassName("info")} data-testid="lead-erased">
          {t("lead.erased", { date: when(lead.erasedAt), reason: lead.erasureReason ?? "REQUEST" })}
        </p>
      ) : (
        <>
          <ul className={styles.contactActions} aria-label={t("lead.contactActions")}>
            <li><a className={`${buttonClassName()} patient-text`} href={links.tel}>{t.rich("lead.call", { phone: lead.phone, ltr: leftToRight })}</a></li>
            <li><a className={buttonClassName()} href={links.whatsApp} target="_blank" rel="noreferrer">WhatsApp</a></li>
            <li><a className={buttonClassName()} href={links.telegram} target="_blank" rel="noreferrer">Telegram</a></li>
            <li><a className={`${buttonClassName()} patient-text`} href={links.mailto}>{t("lead.email", { email: lead.email })}</a></li>
          </ul>

          {possibleDuplicates.length > 0 && (
            <section aria-labelledby="lead-duplicates" className={noticeClassName()}>
              <h2 id="lead-duplicates">{t("lead.duplicates")}</h2>
              <p className={text.hint}>{t("lead.duplicatesHint")}</p>
              <ul>
                {possibleDuplicates.map((other) => (
                  <li key={other.id}>
                    <Link href={`/admin/leads/${other.id}`}>{other.reference}</Link> · {t(`status.${other.status}` as "status.NEW")} ·{" "}
                    {t("lead.received", { date: when(other.createdAt) })}
                  </li>
                ))}
              </ul>
            </section>
          )}

          <section aria-labelledby="lead-work">
            <h2 id="lead-work">{t("work.title")}</h2>
            <NextIntlClientProvider messages={{ Admin: messages.Admin }}>
              <LeadWorkPanel leadId={lead.id} status={lead.status} assigneeId={lead.assigneeId} staff={staffList} />
            </NextIntlClientProvider>
          </section>
        </>
      )}

      <section aria-labelledby="lead-patient">
        <h2 id="lead-patient">{t("lead.patient")}</h2>
        <dl className={workspace.facts}>
          <dt>{t("lead.country")}</dt>
          <dd>{countryName(locale, lead.countryCode)}</dd>
          <dt>{t("lead.writer")}</dt>
          <dd>{t(`writer.${lead.writerRole}`)}{lead.patientAge != null && ` · ${t("lead.age", { age: lead.patientAge })}`}</dd>
          <dt>{t("lead.channel")}</dt>
          <dd>{t(`channel.${lead.contactChannel}`)}</dd>
          <dt>{t("lead.language")}</dt>
          <dd>{languageNames(locale, [lead.preferredLanguage])}</dd>
          <dt>{t("lead.treatment")}</dt>
          <dd>{name(lead.treatment)}</dd>
          <dt>{t("lead.clinic")}</dt>
          <dd>{name(lead.clinic)}</dd>
          <dt>{t("lead.doctor")}</dt>
          <dd>{name(lead.doctor)}</dd>
        </dl>
      </section>

      {!erased && <LeadSubmission lead={lead} />}

      <section aria-labelledby="lead-notifications">
        <h2 id="lead-notifications">{t("lead.notifications")}</h2>
        <NextIntlClientProvider messages={{ Admin: messages.Admin }}>
          <ul className={styles.notifications}>
            {lead.notifications.map((notification) => (
              <li key={notification.id}>
                {t(`notification.${notification.kind}`)}: {t(`delivery.${notification.status}`)}
                {notification.sentAt && ` · ${when(notification.sentAt)}`}
                {notification.status !== "SENT" && notification.lastError && ` · ${notification.lastError}`}
                {!erased && notification.status !== "PENDING" && (
                  <ResendNotification notificationId={notification.id} label={t("lead.resend", { notification: t(`notification.${notification.kind}`) })} />
                )}
              </li>
            ))}
          </ul>
        </NextIntlClientProvider>
      </section>

      <section aria-labelledby="lead-history">
        <h2 id="lead-history">{t("history.title")}</h2>
        <LeadHistory entries={history} files={lead.files} when={when} erasureReason={lead.erasureReason} />
      </section>

      <section aria-labelledby="lead-attribution">
        <h2 id="lead-attribution">{t("lead.attribution")}</h2>
        <dl className={workspace.facts}>
          {!erased && (
            <>
              <dt>{t("lead.sourcePath")}</dt>
              <dd>{lead.sourcePath ?? "—"}</dd>
              <dt>{t("lead.referrer")}</dt>
              <dd>{lead.referrer ?? "—"}</dd>
              <dt>{t("lead.utm")}</dt>
              <dd>{lead.utm ? Object.entries(lead.utm as Record<string, string>).map(([key, value]) => `${key}=${value}`).join(", ") : "—"}</dd>
            </>
          )}
          <dt>{t("lead.siteLanguage")}</dt>
          <dd>{languageNames(locale, [lead.locale])}</dd>
        </dl>
      </section>

      {!erased && hasRoles(staff.user.roles, "admin") && (
        <NextIntlClientProvider messages={{ Admin: messages.Admin }}>
          <LeadErasureForm leadId={lead.id} reference={lead.reference} />
        </NextIntlClientProvider>
      )}
    </div>
  );
}
