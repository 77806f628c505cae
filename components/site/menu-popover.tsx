"use client";

import type { MouseEvent, ReactNode } from "react";
import styles from "./menu.module.css";

/**
 * The panel a MenuButton opens: the browser opens it, closes it on Escape or a tap elsewhere and returns focus to the
 * button, with or without JavaScript. Once hydrated, following one of its links closes it too, because the header
 * stays on screen across client-side navigations.
 */
export function MenuPopover({ id, className, children }: { id: string; className?: string; children: ReactNode }) {
  const closeOnLink = (event: MouseEvent<HTMLDivElement>) => {
    if (event.target instanceof Element && event.target.closest("a")) event.currentTarget.hidePopover();
  };
  return (
    <div id={id} popover="auto" className={`${styles.popover} ${className ?? ""}`} onClick={closeOnLink}>
      {children}
    </div>
  );
}
