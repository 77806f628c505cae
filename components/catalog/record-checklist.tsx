import { useTranslations } from "next-intl";
import { RecordBadge } from "./record-badge";
import styles from "./record-checklist.module.css";

export function RecordChecklist({
  records,
}: {
  records: { key: string; required: boolean; name: string; description: string }[];
}) {
  const t = useTranslations("Treatment");
  return (
    <ul className={styles.list}>
      {records.map((record) => (
        <li key={record.key}>
          <strong>{record.name}</strong>{" "}
          <RecordBadge needed={record.required}>{record.required ? t("required") : t("optional")}</RecordBadge>
          <p>{record.description}</p>
        </li>
      ))}
    </ul>
  );
}
