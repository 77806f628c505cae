"use server";

import { workspaceActions } from "@/lib/admin/workspace-actions";
import { runStaffAction, type StaffActionState } from "@/lib/auth/staff-action";

export async function saveSettings(_previous: StaffActionState, form: FormData) {
  return runStaffAction(workspaceActions.saveSettings, form);
}
