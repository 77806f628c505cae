"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { addStaff } from "@/lib/staff/actions";
import { Field } from "@/components/forms/field";
import { errorMessage } from "@/components/forms/error-message";
import { ActionOutcome } from "./action-outcome";
import { RoleCheckboxes } from "./role-checkboxes";
import { useStaffAction } from "./use-staff-action";
import { SubmitButton } from "@/components/forms/submit-button";
import { adminFormClassName } from "./admin-form";
import { noticeClassName } from "@/components/ui/notice";

/** A plain form posting to a server action: the server checks every field; errors come back per field. */
export function AddStaffForm() {
  const t = useTranslations("Admin");
  const { state, formProps, pending } = useStaffAction(addStaff);
  const notice = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.result === "done") notice.current?.focus();
  }, [state]);
  const fieldError = (name: string) => errorMessage(t, state.fields?.[name]);

  return (
    <form {...formProps} className={adminFormClassName} aria-labelledby="add-staff-title">
      <h2 id="add-staff-title">{t("users.addTitle")}</h2>
      {state.result === "done" && (
        <p className={noticeClassName("info")} role="status" tabIndex={-1} ref={notice}>
          {t("users.added")}
        </p>
      )}
      {!state.fields && <ActionOutcome state={state} id="add-staff-outcome" />}
      <Field id="staff-name" label={t("users.name")} error={fieldError("name")}>
        {(describedBy, invalid) => <input id="staff-name" name="name" required maxLength={100} autoComplete="off" aria-describedby={describedBy} aria-invalid={invalid} />}
      </Field>
      <Field id="staff-email" label={t("users.email")} error={fieldError("email")}>
        {(describedBy, invalid) => (
          <input id="staff-email" name="email" type="email" required maxLength={254} autoComplete="off" aria-describedby={describedBy} aria-invalid={invalid} />
        )}
      </Field>
      <RoleCheckboxes id="staff-roles" legend={t("users.role")} checked={["coordinator"]} error={fieldError("roles")} />
      <Field id="staff-password" label={t("users.password")} hint={t("users.passwordHint")} error={fieldError("password")}>
        {(describedBy, invalid) => (
          <input id="staff-password" name="password" type="password" required minLength={12} maxLength={128} autoComplete="new-password" aria-describedby={describedBy} aria-invalid={invalid} />
        )}
      </Field>
      <SubmitButton pending={pending} variant="primary">{t("users.add")}</SubmitButton>
    </form>
  );
}
