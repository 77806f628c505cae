"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { ConsultationFormProps } from "./consultation-form";
import styles from "./compact-consultation.module.css";
import { buttonClassName } from "@/components/ui/button";

// Loaded on demand, so static catalog pages carry only this button.
const CompactForm = dynamic(() => import("./compact-form").then((module) => module.CompactForm), { ssr: false });

export function CompactConsultation({
  context,
  treatments,
  locale,
  labels,
}: Pick<ConsultationFormProps, "context" | "treatments"> & {
  locale: Locale;
  labels: { open: string; loading: string; failed: string };
}) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className={buttonClassName("primary")} aria-expanded={false} onClick={() => setOpen(true)}>
        {labels.open}
      </button>
    );
  }
  return (
    <div className={styles.compact}>
      <CompactForm context={context} treatments={treatments} locale={locale} loadingLabel={labels.loading} failedLabel={labels.failed} />
    </div>
  );
}
