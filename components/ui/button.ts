import styles from "./button.module.css";

/** "plain" is the quiet default; "primary" the one main action of a view; "compact" a primary that fits a header. */
export type ButtonVariant = "plain" | "primary" | "secondary" | "danger" | "compact";

/** The class names that make a `<button>`, a `<Link>` or an `<a>` look like a button. */
export function buttonClassName(variant: ButtonVariant = "plain") {
  return variant === "plain" ? styles.button : `${styles.button} ${styles[variant]}`;
}
