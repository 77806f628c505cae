import { useTranslations } from "next-intl";

export function RecordChecklist({
  records,
}: {
  records: { key: string; required: boolean; name: string; description: string }[];
}) {
  const t = useTranslations("Treatment");
  return (
    <ul className="record-list">
      {records.map((record) => (
        <li key={record.key}>
          <strong>{record.name}</strong> <span className={`tag tag--${record.required ? "required" : "optional"}`}>
            {record.required ? t("required") : t("optional")}
          </span>
          <p>{record.description}</p>
        </li>
      ))}
    </ul>
  );
}
