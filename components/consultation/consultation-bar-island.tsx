"use client";

import { useEffect, useState, type ReactNode } from "react";
import styles from "./consultation-bar.module.css";
import text from "@/components/ui/text.module.css";

const dismissedKey = "careport:consultation-bar-dismissed";
type BarState = "waiting" | "shown" | "dismissed";

// Storage may be refused (some private modes): then the bar only comes back on the next page, nothing worse.
function wasDismissed() {
  try {
    return sessionStorage.getItem(dismissedKey) === "1";
  } catch {
    return false;
  }
}

function rememberDismissal() {
  try {
    sessionStorage.setItem(dismissedKey, "1");
  } catch {
    // see wasDismissed
  }
}

export function ConsultationBarIsland({
  revealAfter,
  label,
  dismissLabel,
  children,
}: {
  revealAfter: string;
  label: string;
  dismissLabel: string;
  children: ReactNode;
}) {
  const [state, setState] = useState<BarState>("waiting");
  useEffect(() => {
    const hero = document.getElementById(revealAfter);
    if (!hero) return;
    const observer = new IntersectionObserver(([entry]) => {
      if (!entry) return;
      const scrolledAway = !entry.isIntersecting && entry.boundingClientRect.bottom <= 0;
      setState(wasDismissed() ? "dismissed" : scrolledAway ? "shown" : "waiting");
    });
    observer.observe(hero);
    return () => observer.disconnect();
  }, [revealAfter]);

  const dismiss = () => {
    rememberDismissal();
    setState("dismissed");
    // The button goes away with the bar: keep the keyboard's place on the page, where the reader is.
    document.getElementById("main")?.focus({ preventScroll: true });
  };

  return (
    <aside aria-label={label} className={styles.bar} hidden={state !== "shown"} data-consultation-bar data-state={state}>
      <div className={styles.content}>
        {children}
        <button type="button" className={styles.dismiss} onClick={dismiss}>
          <span aria-hidden="true">×</span>
          <span className={text.visuallyHidden}>{dismissLabel}</span>
        </button>
      </div>
    </aside>
  );
}
