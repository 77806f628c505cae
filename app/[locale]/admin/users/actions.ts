"use server";

import { workspaceActions } from "@/lib/admin/workspace-actions";
import { runStaffAction, type StaffActionState } from "@/lib/auth/staff-action";

export async function addStaff(_previous: StaffActionState, form: FormData) {
  return runStaffAction(workspaceActions.addStaff, form);
}
export async function changeRole(_previous: StaffActionState, form: FormData) {
  return runStaffAction(workspaceActions.changeRole, form);
}
export async function setActive(_previous: StaffActionState, form: FormData) {
  return runStaffAction(workspaceActions.setActive, form);
}
