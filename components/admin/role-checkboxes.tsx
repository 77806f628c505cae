"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Choice, FieldError } from "@/components/forms/field";
import { staffRoles, type StaffRole } from "@/lib/staff/roles";
import choices from "@/components/forms/choices.module.css";
import styles from "./role-checkboxes.module.css";

/**
 * A staff account's roles as checkboxes, sent as the list "roles[]". A `kept` role is shown ticked and cannot be
 * unticked (an admin's own admin role); it is still sent, so the server sees the whole set.
 */
export function RoleCheckboxes({ id, legend, checked, kept, error }: { id: string; legend: ReactNode; checked: readonly StaffRole[]; kept?: StaffRole; error?: string }) {
  const t = useTranslations("Admin");
  return (
    <fieldset id={id} className={choices.group} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      <div className={styles.options}>
        {staffRoles.map((role) => (
          <Choice key={role}>
            <input type="checkbox" name="roles[]" value={role} defaultChecked={checked.includes(role)} disabled={role === kept} aria-invalid={Boolean(error)} />
            {role === kept && <input type="hidden" name="roles[]" value={role} />} {t(`users.roles.${role}`)}
          </Choice>
        ))}
      </div>
      <FieldError id={`${id}-error`} error={error} />
    </fieldset>
  );
}
