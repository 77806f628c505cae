"use client";

import { useTranslations } from "next-intl";
import { deleteQuarantined, restoreLead } from "@/lib/leads/actions";
import { ActionOutcome } from "./action-outcome";
import { useStaffAction } from "./use-staff-action";

export function QuarantineActions({ leadId, reference }: { leadId: string; reference: string }) {
  const t = useTranslations("Admin");
  const restore = useStaffAction(restoreLead);
  const remove = useStaffAction(deleteQuarantined);
  return (
    <div className="admin-row-actions">
      <form {...restore.formProps}>
        <input type="hidden" name="leadId" value={leadId} />
        <button type="submit" className="button" disabled={restore.pending} aria-busy={restore.pending}>
          {t("quarantine.restore", { reference })}
        </button>
        <ActionOutcome state={restore.state} id={`restore-${leadId}-outcome`} />
      </form>
      <form {...remove.formProps}>
        <input type="hidden" name="leadId" value={leadId} />
        <button type="submit" className="button button--danger" disabled={remove.pending} aria-busy={remove.pending}>
          {t("quarantine.delete", { reference })}
        </button>
        <ActionOutcome state={remove.state} id={`delete-${leadId}-outcome`} />
      </form>
    </div>
  );
}
