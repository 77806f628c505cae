"use server";

import { workspaceActions } from "@/lib/admin/workspace-actions";
import { runStaffAction, type StaffActionState } from "@/lib/auth/staff-action";

export async function restoreLead(_previous: StaffActionState, form: FormData) {
  return runStaffAction(workspaceActions.restoreLead, form);
}
export async function deleteQuarantined(_previous: StaffActionState, form: FormData) {
  return runStaffAction(workspaceActions.deleteQuarantined, form);
}
