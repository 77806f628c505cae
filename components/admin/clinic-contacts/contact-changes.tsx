import { getFormatter, getTranslations } from "next-intl/server";
import type { listClinicContacts } from "@/lib/clinic-contacts/contacts";
import workspace from "@/components/admin/workspace.module.css";
import { noticeClassName } from "@/components/ui/notice";

type Change = Awaited<ReturnType<typeof listClinicContacts>>["changes"][number];

/** The change log, newest first: when, who, which clinic, what, and the address before and after. */
export async function ContactChanges({ changes }: { changes: Change[] }) {
  const [t, format] = await Promise.all([getTranslations("Admin.clinicContacts"), getFormatter()]);
  if (!changes.length) return <p className={noticeClassName()}>{t("noChanges")}</p>;
  return (
    <div className={workspace.tableScroll} tabIndex={0} role="region" aria-label={t("log")}>
      <table className={workspace.table}>
        <thead>
          <tr>
            <th scope="col">{t("when")}</th>
            <th scope="col">{t("who")}</th>
            <th scope="col">{t("clinic")}</th>
            <th scope="col">{t("what")}</th>
            <th scope="col">{t("before")}</th>
            <th scope="col">{t("after")}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.id}>
              <td>{format.dateTime(change.at, { dateStyle: "medium", timeStyle: "short" })}</td>
              <td>{change.actor ?? t("formerColleague")}</td>
              <td lang="en" dir="ltr">
                {change.clinic}
              </td>
              <td>{t(`kinds.${change.kind}`)}</td>
              <td dir="ltr">{change.before ?? "—"}</td>
              <td dir="ltr">{change.after ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
