"use client";

import { useTranslations } from "next-intl";
import { deleteQuarantined, restoreLead } from "@/lib/leads/actions";
import { ActionOutcome } from "./action-outcome";
import { useStaffAction } from "./use-staff-action";
import { SubmitButton } from "@/components/forms/submit-button";
import styles from "./inline-actions.module.css";

export function QuarantineActions({ leadId, reference }: { leadId: string; reference: string }) {
  const t = useTranslations("Admin");
  const restore = useStaffAction(restoreLead);
  const remove = useStaffAction(deleteQuarantined);
  return (
    <div className={styles.row}>
      <form {...restore.formProps}>
        <input type="hidden" name="leadId" value={leadId} />
        <SubmitButton pending={restore.pending}>{t("quarantine.restore", { reference })}</SubmitButton>
        <ActionOutcome state={restore.state} id={`restore-${leadId}-outcome`} />
      </form>
      <form {...remove.formProps}>
        <input type="hidden" name="leadId" value={leadId} />
        <SubmitButton pending={remove.pending} variant="danger">{t("quarantine.delete", { reference })}</SubmitButton>
        <ActionOutcome state={remove.state} id={`delete-${leadId}-outcome`} />
      </form>
    </div>
  );
}
