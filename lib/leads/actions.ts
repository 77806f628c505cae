"use server";

import { staffAction } from "@/lib/auth/action-client";
import { assignmentSchema, leadErasureSchema, noteSchema, statusChangeSchema } from "@/lib/validation/lead-work";
import { quarantinedLeadSchema, resendSchema } from "@/lib/validation/quarantine";
import { eraseLeadOnRequest } from "./lead-erasure";
import { addLeadNote, assignLead, changeLeadStatus } from "./lead-work";
import { resendNotification as queueNotificationAgain } from "./notification-resend";
import { deleteQuarantinedLead, restoreQuarantinedLead } from "./quarantine";

const leadPage = { path: "/[locale]/admin/leads/[id]" };
const quarantinePage = { path: "/[locale]/admin/quarantine" };

export const changeStatus = staffAction({
  name: "changeStatus",
  schema: statusChangeSchema,
  work: (input, { staff }) => changeLeadStatus(staff.user.id, input),
  revalidate: leadPage,
});

export const assign = staffAction({
  name: "assign",
  schema: assignmentSchema,
  work: (input, { staff }) => assignLead(staff.user.id, input),
  revalidate: leadPage,
});

export const addNote = staffAction({
  name: "addNote",
  schema: noteSchema,
  work: (input, { staff }) => addLeadNote(staff.user.id, input),
  revalidate: leadPage,
});

export const eraseLead = staffAction({
  name: "eraseLead",
  role: "admin",
  schema: leadErasureSchema,
  work: (input, { staff }) => eraseLeadOnRequest(staff.user.id, input),
  revalidate: leadPage,
});

export const resendNotification = staffAction({
  name: "resendNotification",
  schema: resendSchema,
  work: (input, { staff }) => queueNotificationAgain(staff.user.id, input),
  revalidate: leadPage,
});

export const restoreLead = staffAction({
  name: "restoreLead",
  schema: quarantinedLeadSchema,
  work: (input, { staff }) => restoreQuarantinedLead(staff.user.id, input),
  revalidate: quarantinePage,
});

export const deleteQuarantined = staffAction({
  name: "deleteQuarantined",
  schema: quarantinedLeadSchema,
  work: (input, { staff }) => deleteQuarantinedLead(staff.user.id, input),
  revalidate: quarantinePage,
});
