"use client";

import { resendNotification } from "@/lib/leads/actions";
import { ActionOutcome } from "./action-outcome";
import { useStaffAction } from "./use-staff-action";

export function ResendNotification({ notificationId, label }: { notificationId: string; label: string }) {
  const { state, formProps, pending } = useStaffAction(resendNotification);
  return (
    <form {...formProps} className="admin-inline-form">
      <input type="hidden" name="notificationId" value={notificationId} />
      <button type="submit" className="button" disabled={pending} aria-busy={pending}>
        {label}
      </button>
      <ActionOutcome state={state} id={`resend-${notificationId}-outcome`} />
    </form>
  );
}
