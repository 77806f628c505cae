"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { setClinicPublication, setDoctorPublication } from "@/lib/catalog-editing/actions";
import type { CatalogItemKind } from "@/lib/generated/prisma/enums";
import { SubmitButton } from "@/components/forms/submit-button";
import { buttonClassName } from "@/components/ui/button";
import { noticeClassName } from "@/components/ui/notice";
import { useStaffAction } from "@/components/admin/use-staff-action";
import styles from "./publication-form.module.css";

/**
 * Takes the item off the site (after a confirmation saying what visitors lose) or puts it back. Both publish a
 * version, so the item's history shows who did it and when.
 */
export function PublicationForm({ kind, itemId, unpublished, latest }: { kind: CatalogItemKind; itemId: string; unpublished: boolean; latest?: number }) {
  const t = useTranslations("Admin.catalog.publication");
  const tAction = useTranslations("Admin.action");
  const { state, formProps, pending } = useStaffAction(kind === "CLINIC" ? setClinicPublication : setDoctorPublication, { clearOnSuccess: false });
  const [confirming, setConfirming] = useState(false);
  const item = kind === "CLINIC" ? "clinic" : "doctor";
  const done = state.result === "unpublished" || state.result === "republished";
  const message =
    state.result === "idle"
      ? undefined
      : done && "version" in state
        ? t(state.result, { version: state.version })
        : state.result === "outdated" || state.result === "gone"
          ? t("outdated")
          : state.result === "invalid" && "errors" in state
            ? state.errors.join("; ")
            : tAction(state.result as "forbidden");
  return (
    <form {...formProps} className={styles.publication} aria-labelledby="publication-state">
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="published" value={String(unpublished)} />
      {latest !== undefined && <input type="hidden" name="expectedLatest" value={latest} />}
      <p id="publication-state">{t(unpublished ? "offSite" : "onSite", { item })}</p>
      {unpublished ? (
        <SubmitButton pending={pending}>{t("republish")}</SubmitButton>
      ) : confirming ? (
        <div className={noticeClassName("error")} role="alert">
          <p>{t("confirm", { item })}</p>
          <div className={styles.buttons}>
            <SubmitButton pending={pending} variant="danger">
              {t("unpublishYes")}
            </SubmitButton>
            <button type="button" className={buttonClassName()} onClick={() => setConfirming(false)}>
              {t("cancel")}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className={buttonClassName()} onClick={() => setConfirming(true)}>
          {t("unpublish")}
        </button>
      )}
      {message && (
        <p className={noticeClassName(done ? "info" : "error")} role={done ? "status" : "alert"}>
          {message}
        </p>
      )}
    </form>
  );
}
