"use server";

import { byActor, staffAction } from "@/lib/auth/action-client";
import { assignmentSchema, leadErasureSchema, noteSchema, statusChangeSchema } from "@/lib/validation/lead-work";
import { quarantinedLeadSchema, resendSchema } from "@/lib/validation/quarantine";
import { eraseLeadOnRequest } from "./lead-erasure";
import { addLeadNote, assignLead, changeLeadStatus } from "./lead-work";
import { resendNotification as queueNotificationAgain } from "./notification-resend";
import { deleteQuarantinedLead, restoreQuarantinedLead } from "./quarantine";

const leadPage = { path: "/[locale]/admin/leads/[id]" };
const quarantinePage = { path: "/[locale]/admin/quarantine" };
export const changeStatus = staffAction({ name: "changeStatus", role: "coordinator", schema: statusChangeSchema, work: byActor(changeLeadStatus), revalidate: leadPage });
export const assign = staffAction({ name: "assign", role: "coordinator", schema: assignmentSchema, work: byActor(assignLead), revalidate: leadPage });
export const addNote = staffAction({ name: "addNote", role: "coordinator", schema: noteSchema, work: byActor(addLeadNote), revalidate: leadPage });
export const eraseLead = staffAction({ name: "eraseLead", role: ["coordinator", "admin"], schema: leadErasureSchema, work: byActor(eraseLeadOnRequest), revalidate: leadPage });
export const resendNotification = staffAction({ name: "resendNotification", role: "coordinator", schema: resendSchema, work: byActor(queueNotificationAgain), revalidate: leadPage });
export const restoreLead = staffAction({ name: "restoreLead", role: "coordinator", schema: quarantinedLeadSchema, work: byActor(restoreQuarantinedLead), revalidate: quarantinePage });
export const deleteQuarantined = staffAction({ name: "deleteQuarantined", role: "coordinator", schema: quarantinedLeadSchema, work: byActor(deleteQuarantinedLead), revalidate: quarantinePage });
