"use client";

import { useTranslations } from "next-intl";
import { changeRole, setActive } from "@/lib/staff/actions";
import { staffRoles } from "@/lib/staff/roles";
import { ActionOutcome } from "./action-outcome";
import { useStaffAction } from "./use-staff-action";
import { SubmitButton } from "@/components/forms/submit-button";
import styles from "./inline-actions.module.css";
import { buttonClassName } from "@/components/ui/button";
import text from "@/components/ui/text.module.css";

/** Role and activation for one account; an admin's own row has none (see lib/staff/staff-management.ts). */
export function StaffRowActions({ member }: { member: { id: string; name: string; role: string; active: boolean } }) {
  const t = useTranslations("Admin");
  const role = useStaffAction(changeRole);
  const activation = useStaffAction(setActive);
  const roleSelect = `role-${member.id}`;
  return (
    <div className={styles.row}>
      <form {...role.formProps} className={styles.form}>
        <input type="hidden" name="userId" value={member.id} />
        <label htmlFor={roleSelect} className={text.visuallyHidden}>
          {t("users.roleOf", { name: member.name })}
        </label>
        <select id={roleSelect} name="role" defaultValue={member.role} key={member.role}>
          {staffRoles.map((value) => (
            <option key={value} value={value}>
              {t(`users.roles.${value}`)}
            </option>
          ))}
        </select>
        <SubmitButton pending={role.pending}>{t("users.saveRole")}</SubmitButton>
        <ActionOutcome state={role.state} id={`${roleSelect}-outcome`} scope="users" />
      </form>
      <form {...activation.formProps} className={styles.form}>
        <input type="hidden" name="userId" value={member.id} />
        <input type="hidden" name="active" value={member.active ? "false" : "true"} />
        <button type="submit" className={buttonClassName(member.active ? "danger" : "plain")} disabled={activation.pending} aria-busy={activation.pending}>
          {member.active ? t("users.deactivate", { name: member.name }) : t("users.reactivate", { name: member.name })}
        </button>
        <ActionOutcome state={activation.state} id={`active-${member.id}-outcome`} scope="users" />
      </form>
    </div>
  );
}
