"use client";

import { useTranslations } from "next-intl";
import { errorMessage } from "@/components/forms/error-message";
import type { StaffActionState } from "@/lib/auth/action-state";
import fieldStyles from "@/components/forms/field.module.css";

/**
 * What a workspace form's server action said, when it was not plain success: the first field error, else the
 * outcome in the form's own words (`{scope}.{result}`) or the shared ones (`action.{result}`).
 */
export function ActionOutcome({ state, id, scope }: { state: StaffActionState; id: string; scope?: string }) {
  const t = useTranslations("Admin");
  if (state.result === "idle" || state.result === "done") return null;
  const field = state.fields && Object.values(state.fields)[0];
  const own = scope ? `${scope}.${state.result}` : undefined;
  const message = errorMessage(t, field) ?? (own && t.has(own as "action.invalid") ? t(own as "action.invalid") : t(`action.${state.result}`));
  return (
    <p id={id} className={fieldStyles.error} role="alert">
      {message}
    </p>
  );
}
