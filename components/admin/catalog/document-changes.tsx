import { useLocale, useTranslations } from "next-intl";
import type { DocumentChange, DocumentValue } from "@/lib/catalog-editing/document-diff";
import { languageName } from "@/lib/i18n/display-names";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import styles from "./document-changes.module.css";

/**
 * What changed between two states of a clinic, one line per field: where ("Offers › TACE › Price from"), and the value
 * on each side. Values are shown as text, never as markup.
 */
export function DocumentChanges({ changes, treatmentNames, labels }: { changes: DocumentChange[]; treatmentNames: Record<string, string>; labels: { before: string; after: string } }) {
  const t = useTranslations("Admin.catalog");
  const locale = useLocale() as Locale;
  if (!changes.length) return <p>{t("noChanges")}</p>;
  // Compared with nothing, a first version is one change of the whole document.
  if (changes.length === 1 && changes[0]!.path.length === 0) return <p>{t("firstVersion")}</p>;
  const segment = (part: string | number) => {
    if (typeof part === "number") return `#${part + 1}`;
    if (isLocale(part)) return languageName(locale, part);
    if (treatmentNames[part]) return treatmentNames[part];
    return t.has(`fields.${part}` as "fields.name") ? t(`fields.${part}` as "fields.name") : part;
  };
  // An outdated translation is stored as the digest of the English it was made from: readers want the status only.
  const status = (value: DocumentValue | undefined) => t(value === undefined ? "translationState.current" : "translationState.outdated");
  const shown = (value: DocumentValue | undefined) => {
    if (value === undefined || value === null || value === "") return t("emptyValue");
    if (Array.isArray(value)) return value.map((item) => (typeof item === "object" ? JSON.stringify(item) : String(item))).join(", ");
    return typeof value === "object" ? JSON.stringify(value) : String(value);
  };
  return (
    <ul className={styles.changes}>
      {changes.map((change) => (
        <li key={change.path.join("/")}>
          <span className={styles.path}>{change.path.map(segment).join(" › ")}</span>
          <dl className={styles.values}>
            <dt>{labels.before}</dt>
            <dd>{(change.path.includes("translatedFrom") ? status : shown)(change.before)}</dd>
            <dt>{labels.after}</dt>
            <dd>{(change.path.includes("translatedFrom") ? status : shown)(change.after)}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
