"use server";

import { addLeadNote, assignLead, changeLeadStatus } from "@/lib/admin/lead-work";
import { staffAction, type StaffActionState } from "@/lib/auth/staff-action";
import { assignmentSchema, noteSchema, statusChangeSchema } from "@/lib/validation/lead-work";

const leadPage = "/[locale]/admin/leads/[id]";

const actions = {
  changeStatus: staffAction({ name: "changeStatus", schema: statusChangeSchema, work: changeLeadStatus, revalidate: leadPage }),
  assign: staffAction({ name: "assign", schema: assignmentSchema, work: assignLead, revalidate: leadPage }),
  addNote: staffAction({ name: "addNote", schema: noteSchema, work: addLeadNote, revalidate: leadPage }),
};

export async function changeStatus(previous: StaffActionState, form: FormData) {
  return actions.changeStatus(previous, form);
}
export async function assign(previous: StaffActionState, form: FormData) {
  return actions.assign(previous, form);
}
export async function addNote(previous: StaffActionState, form: FormData) {
  return actions.addNote(previous, form);
}
