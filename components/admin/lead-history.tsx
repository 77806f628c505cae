import { getTranslations } from "next-intl/server";
import type { HistoryEntry } from "@/lib/leads/lead-history";
import styles from "./lead-history.module.css";
import text from "@/components/ui/text.module.css";

/** The lead's activity log and email attempts, newest first. */
export async function LeadHistory(props: {
  entries: HistoryEntry[];
  files: { id: string; originalName: string }[];
  when: (date: Date) => string;
  erasureReason: "REQUEST" | "RETENTION" | null;
}) {
  const { entries, files, when } = props;
  const t = await getTranslations("Admin");
  const fileName = (id: string | null) => files.find((file) => file.id === id)?.originalName ?? "—";
  const describe = (entry: HistoryEntry) => {
    if (entry.kind === "delivery") {
      return t("history.delivery", { notification: t(`notification.${entry.notification}` as "notification.COORDINATOR_NEW_LEAD"), outcome: entry.outcome });
    }
    const actor = entry.actor ?? t("history.formerStaff");
    switch (entry.type) {
      case "VIEWED":
        return t("history.viewed", { actor });
      case "FILE_DOWNLOADED":
        return t("history.downloaded", { actor, file: fileName(entry.fileId) });
      case "STATUS_CHANGED":
        return t("history.statusChanged", { actor, from: t(`status.${entry.fromStatus}` as "status.NEW"), to: t(`status.${entry.toStatus}` as "status.NEW") });
      case "ERASED":
        return props.erasureReason === "RETENTION" ? t("history.erasedRetention") : t("history.erasedRequest", { actor });
      case "ASSIGNED":
        return entry.assignee ? t("history.assigned", { actor, assignee: entry.assignee }) : t("history.unassigned", { actor });
      case "NOTE_ADDED":
        return t("history.noteAdded", { actor });
      case "RESTORED":
        return t("history.restored", { actor });
      case "NOTIFICATION_RESENT":
        return t("history.resent", { actor });
    }
  };
  if (entries.length === 0) return <p className={text.hint}>{t("history.empty")}</p>;
  return (
    <ol className={styles.history}>
      {entries.map((entry, index) => (
        <li key={index}>
          <time dateTime={entry.at.toISOString()}>{when(entry.at)}</time> — {describe(entry)}
          {entry.kind === "activity" && entry.note && <blockquote className={styles.note}>{entry.note}</blockquote>}
          {entry.kind === "delivery" && entry.response && <span className={text.hint}> ({entry.response})</span>}
        </li>
      ))}
    </ol>
  );
}
