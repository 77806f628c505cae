"use client";

import { resendNotification } from "@/lib/leads/actions";
import { ActionOutcome } from "./action-outcome";
import { useStaffAction } from "./use-staff-action";
import { SubmitButton } from "@/components/forms/submit-button";
import styles from "./inline-actions.module.css";

export function ResendNotification({ notificationId, label }: { notificationId: string; label: string }) {
  const { state, formProps, pending } = useStaffAction(resendNotification);
  return (
    <form {...formProps} className={styles.form}>
      <input type="hidden" name="notificationId" value={notificationId} />
      <SubmitButton pending={pending}>{label}</SubmitButton>
      <ActionOutcome state={state} id={`resend-${notificationId}-outcome`} />
    </form>
  );
}
