"use server";

import { workspaceActions } from "@/lib/admin/workspace-actions";
import { runStaffAction, type StaffActionState } from "@/lib/auth/staff-action";

export async function changeStatus(_previous: StaffActionState, form: FormData) {
  return runStaffAction(workspaceActions.changeStatus, form);
}
export async function assign(_previous: StaffActionState, form: FormData) {
  return runStaffAction(workspaceActions.assign, form);
}
export async function addNote(_previous: StaffActionState, form: FormData) {
  return runStaffAction(workspaceActions.addNote, form);
}
export async function resendNotification(_previous: StaffActionState, form: FormData) {
  return runStaffAction(workspaceActions.resendNotification, form);
}
export async function eraseLead(_previous: StaffActionState, form: FormData) {
  return runStaffAction(workspaceActions.eraseLead, form);
}
