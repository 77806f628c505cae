"use client";

import { useTranslations } from "next-intl";
import { changeRoles, setActive } from "@/lib/staff/actions";
import type { StaffRole } from "@/lib/staff/roles";
import { ActionOutcome } from "./action-outcome";
import { RoleCheckboxes } from "./role-checkboxes";
import { useStaffAction } from "./use-staff-action";
import { SubmitButton } from "@/components/forms/submit-button";
import styles from "./inline-actions.module.css";
import { buttonClassName } from "@/components/ui/button";
import text from "@/components/ui/text.module.css";

/**
 * Roles and activation for one account. On the acting admin's own row the admin role stays ticked and there is no
 * deactivation (see lib/staff/staff-management.ts).
 */
export function StaffRowActions({ member, own }: { member: { id: string; name: string; roles: StaffRole[]; active: boolean }; own: boolean }) {
  const t = useTranslations("Admin");
  const roles = useStaffAction(changeRoles, { clearOnSuccess: false });
  const activation = useStaffAction(setActive);
  const rolesId = `roles-${member.id}`;
  return (
    <div className={styles.row}>
      <form {...roles.formProps} className={styles.form} key={member.roles.join()}>
        <input type="hidden" name="userId" value={member.id} />
        <RoleCheckboxes
          id={rolesId}
          legend={<span className={text.visuallyHidden}>{t("users.roleOf", { name: member.name })}</span>}
          checked={member.roles}
          kept={own ? "admin" : undefined}
        />
        <SubmitButton pending={roles.pending}>{t("users.saveRole")}</SubmitButton>
        <ActionOutcome state={roles.state} id={`${rolesId}-outcome`} scope="users" />
      </form>
      {!own && (
        <form {...activation.formProps} className={styles.form}>
          <input type="hidden" name="userId" value={member.id} />
          <input type="hidden" name="active" value={member.active ? "false" : "true"} />
          <button type="submit" className={buttonClassName(member.active ? "danger" : "plain")} disabled={activation.pending} aria-busy={activation.pending}>
            {member.active ? t("users.deactivate", { name: member.name }) : t("users.reactivate", { name: member.name })}
          </button>
          <ActionOutcome state={activation.state} id={`active-${member.id}-outcome`} scope="users" />
        </form>
      )}
    </div>
  );
}
