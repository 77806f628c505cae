import styles from "./record-badge.module.css";

/** Whether a medical record is needed for a treatment or merely helpful, as a small label beside its name. */
export function RecordBadge({ needed, children }: { needed: boolean; children: string }) {
  return <span className={`${styles.badge} ${needed ? styles.needed : styles.helpful}`}>{children}</span>;
}
