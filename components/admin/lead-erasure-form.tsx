"use client";

import { useTranslations } from "next-intl";
import { eraseLead } from "@/lib/leads/actions";
import { ActionOutcome } from "./action-outcome";
import { useStaffAction } from "./use-staff-action";
import { SubmitButton } from "@/components/forms/submit-button";
import styles from "./lead-erasure-form.module.css";
import { adminFormClassName } from "./admin-form";

/** For admins: erasing a lead's personal data, confirmed by typing its reference, since it cannot be undone. */
export function LeadErasureForm({ leadId, reference }: { leadId: string; reference: string }) {
  const t = useTranslations("Admin");
  const { state, formProps, pending } = useStaffAction(eraseLead);
  const failed = state.result !== "idle" && state.result !== "done";

  return (
    <form {...formProps} className={`${adminFormClassName} ${styles.erasure}`} aria-labelledby="erasure-title">
      <h2 id="erasure-title">{t("erasure.title")}</h2>
      <p id="erasure-intro">{t("erasure.intro")}</p>
      <input type="hidden" name="leadId" value={leadId} />
      <label htmlFor="erasure-confirmation">{t("erasure.confirm", { reference })}</label>
      <input
        id="erasure-confirmation"
        name="confirmation"
        required
        autoComplete="off"
        spellCheck={false}
        maxLength={20}
        aria-describedby={failed ? "erasure-intro erasure-error" : "erasure-intro"}
        aria-invalid={failed || undefined}
      />
      <ActionOutcome state={state} id="erasure-error" scope="erasure" />
      <SubmitButton pending={pending} variant="danger">{t("erasure.submit")}</SubmitButton>
    </form>
  );
}
