"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { describeRespondBy } from "@/lib/leads/respond-by";
import styles from "./contact-promise.module.css";

/** "A coordinator will contact you by 14:30 today (your time)": only the browser knows the visitor's time zone. */
export function ContactPromise({ respondBy }: { respondBy: string }) {
  const t = useTranslations("ThankYou");
  const locale = useLocale();
  const [promise, setPromise] = useState<string | null>(null);
  useEffect(() => {
    const when = new Date(respondBy);
    if (Number.isNaN(when.getTime())) return;
    const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const { time, day, date } = describeRespondBy(when, visitorZone, locale, new Date());
    const key = day === "today" ? "promiseToday" : day === "tomorrow" ? "promiseTomorrow" : "promiseLater";
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the visitor's time zone exists only in the browser, after hydration
    setPromise(t(key, { time, date }));
  }, [respondBy, locale, t]);
  return <p className={styles.promise} data-testid="contact-promise">{promise}</p>;
}
