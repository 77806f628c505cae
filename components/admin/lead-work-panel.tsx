"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { addNote, assign, changeStatus } from "@/lib/leads/actions";
import { ActionOutcome } from "./action-outcome";
import { useStaffAction } from "./use-staff-action";
import { workStatuses } from "@/lib/validation/lead-work";
import { SubmitButton } from "@/components/forms/submit-button";
import styles from "./lead-work-panel.module.css";
import { adminFormClassName } from "./admin-form";
import text from "@/components/ui/text.module.css";

function WorkForm({ form, label, children, id }: { form: ReturnType<typeof useStaffAction>["formProps"]; label: string; children: ReactNode; id: string }) {
  return (
    <form {...form} className={`${adminFormClassName} ${styles.form}`} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{label}</h3>
      {children}
    </form>
  );
}

/** Status, assignment and notes: plain forms posting to server actions, so they work before hydration too. */
export function LeadWorkPanel(props: { leadId: string; status: string; assigneeId: string | null; staff: { id: string; name: string }[] }) {
  const t = useTranslations("Admin");
  const { state: statusState, formProps: statusForm, pending: statusPending } = useStaffAction(changeStatus);
  const { state: assignState, formProps: assignForm, pending: assignPending } = useStaffAction(assign);
  const { state: noteState, formProps: noteForm, pending: notePending } = useStaffAction(addNote);

  return (
    <div className={styles.panel}>
      <WorkForm form={statusForm} label={t("work.statusTitle")} id="work-status">
        <input type="hidden" name="leadId" value={props.leadId} />
        <label htmlFor="work-status-select">{t("work.status")}</label>
        <select id="work-status-select" name="status" defaultValue={props.status} key={props.status}>
          {workStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
        <label htmlFor="work-status-reason">{t("work.reason")}</label>
        <input id="work-status-reason" name="reason" maxLength={500} aria-describedby="work-status-reason-hint" />
        <p id="work-status-reason-hint" className={text.hint}>
          {t("work.reasonHint")}
        </p>
        <ActionOutcome state={statusState} id="work-status-error" scope="work" />
        <SubmitButton pending={statusPending}>{t("work.saveStatus")}</SubmitButton>
      </WorkForm>

      <WorkForm form={assignForm} label={t("work.assignTitle")} id="work-assign">
        <input type="hidden" name="leadId" value={props.leadId} />
        <label htmlFor="work-assignee">{t("work.assignee")}</label>
        <select id="work-assignee" name="assigneeId" defaultValue={props.assigneeId ?? ""} key={props.assigneeId ?? ""}>
          <option value="">{t("work.nobody")}</option>
          {props.staff.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </select>
        <ActionOutcome state={assignState} id="work-assign-error" scope="work" />
        <SubmitButton pending={assignPending}>{t("work.saveAssignee")}</SubmitButton>
      </WorkForm>

      <WorkForm form={noteForm} label={t("work.noteTitle")} id="work-note">
        <input type="hidden" name="leadId" value={props.leadId} />
        <label htmlFor="work-note-body">{t("work.note")}</label>
        <textarea id="work-note-body" name="body" rows={3} maxLength={5000} required />
        <ActionOutcome state={noteState} id="work-note-error" scope="work" />
        <SubmitButton pending={notePending}>{t("work.addNote")}</SubmitButton>
      </WorkForm>
    </div>
  );
}
