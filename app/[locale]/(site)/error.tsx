"use client";

import { useTranslations } from "next-intl";
import { buttonClassName } from "@/components/ui/button";
import layout from "@/components/ui/layout.module.css";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("Error");
  return (
    <div className={`${layout.page} ${layout.narrow}`} role="alert">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <button type="button" className={buttonClassName("primary")} onClick={reset}>
        {t("retry")}
      </button>
    </div>
  );
}
