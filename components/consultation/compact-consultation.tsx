"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import type { ConsultationFormProps } from "./consultation-form";

// Loaded on demand, so static catalog pages carry only this button.
const CompactForm = dynamic(() => import("./compact-form").then((module) => module.CompactForm), { ssr: false });

export function CompactConsultation({
  context,
  treatments,
  labels,
}: Pick<ConsultationFormProps, "context" | "treatments"> & {
  labels: { open: string; loading: string; failed: string };
}) {
  const [open, setOpen] = useState(false);
  return (
    <div className="compact-consultation">
      {!open && (
        <button type="button" className="button button--secondary" aria-expanded={false} onClick={() => setOpen(true)}>
          {labels.open}
        </button>
      )}
      {open && (
        <CompactForm context={context} treatments={treatments} loadingLabel={labels.loading} failedLabel={labels.failed} />
      )}
    </div>
  );
}
