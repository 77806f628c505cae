import type { ReactNode } from "react";
import { treatmentFamily, type TreatmentFamily } from "./treatment-family";
import styles from "./treatment-illustration.module.css";

/** Line drawings on a 24-unit grid, one per family, drawn for Careport. */
const drawings: Record<TreatmentFamily, ReactNode> = {
  surgery: (
    <>
      <path d="M3.5 20.5 10 14" />
      <path d="M10 14 17.5 6.5c1.6-1.6 3.8-.4 2.8 1.6L13 15.5Z" />
    </>
  ),
  transplant: (
    <>
      <path d="M3 9.5C3 5.5 7.5 4.5 12.5 5.2 17.5 6 21 6 21 9c0 3-4.5 4.3-8.5 7-3 2-6 3.4-7.6 1.6C3.6 16 3 13 3 9.5Z" />
      <path d="M15 20h6m-2-2 2 2-2 2" />
    </>
  ),
  catheter: (
    <>
      <path d="M3 21c5 0 3.5-6 8-6s3.5-6 7-6" />
      <path d="m18 9 3-3m-3 3 3 2" />
      <circle cx="18" cy="9" r="1.3" />
    </>
  ),
  radiation: (
    <>
      <circle cx="12" cy="15" r="2.8" />
      <path d="M3.5 5.5 9.8 13M12 3v9.2M20.5 5.5 14.2 13" />
    </>
  ),
  ablation: (
    <>
      <path d="m3 3 12 12" />
      <circle cx="15" cy="15" r="2.8" />
      <circle cx="15" cy="15" r="6" strokeDasharray="2 2.4" />
    </>
  ),
  drug: (
    <>
      <rect x="2.5" y="8.5" width="14" height="6" rx="3" transform="rotate(-45 9.5 11.5)" />
      <path d="m7.4 9.4 4.2 4.2" />
      <path d="M18 13.5s-3 3.4-3 5.5a3 3 0 0 0 6 0c0-2.1-3-5.5-3-5.5Z" />
    </>
  ),
  palliative: <path d="M12 20C5.5 15.5 3 12.3 3 8.8a4.5 4.5 0 0 1 9-1.4 4.5 4.5 0 0 1 9 1.4c0 3.5-2.5 6.7-9 11.2Z" />,
};

/** Decorative: the heading beside it names the treatment. Nothing for a treatment without a family. */
export function TreatmentIllustration({ slug, size }: { slug: string; size: "card" | "header" }) {
  const family = treatmentFamily(slug);
  if (!family) return null;
  const pixels = size === "card" ? 44 : 48;
  return (
    <svg
      className={styles.illustration}
      data-family={family}
      width={pixels}
      height={pixels}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      {drawings[family]}
    </svg>
  );
}
