import styles from "./notice.module.css";

/** "plain" for neutral information, "info" for a confirmation, "error" for a refusal, "emergency" for urgent care. */
export type NoticeTone = "plain" | "info" | "error" | "emergency";

/** The class names of a boxed message; the element, its role and its focus stay the caller's. */
export function noticeClassName(tone: NoticeTone = "plain") {
  return tone === "plain" ? styles.notice : `${styles.notice} ${styles[tone]}`;
}
