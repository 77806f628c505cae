"use client";

import { useTranslations } from "next-intl";
import styles from "./consultation-form.module.css";
import { noticeClassName } from "@/components/ui/notice";

export type Status = { kind: "idle" } | { kind: "sending"; progress: number } | { kind: "failed"; message: string };

/** Upload progress while the request is sent, or why it was not accepted. */
export function SendStatus({ status }: { status: Status }) {
  const t = useTranslations("ConsultationForm");
  if (status.kind === "failed") {
    return (
      <p className={noticeClassName("error")} role="alert">
        {status.message}
      </p>
    );
  }
  if (status.kind !== "sending") return null;
  const percent = Math.round(status.progress * 100);
  return (
    <div className={styles.progress} role="status">
      <progress max={1} value={status.progress} aria-label={t("progress", { percent })} />
      <span>{status.progress < 1 ? t("progress", { percent }) : t("processing")}</span>
    </div>
  );
}
