import type { ReactNode } from "react";
import styles from "./menu.module.css";

/** The button that opens the menu popover `target` (see MenuPopover); `className` adds its place in the header. */
export function MenuButton({ target, className, children }: { target: string; className?: string; children: ReactNode }) {
  return (
    <button type="button" popoverTarget={target} className={`${styles.button} ${className ?? ""}`}>
      {children}
    </button>
  );
}
