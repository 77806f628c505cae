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
export const changeStatus = staffAction({ name: "changeStatus", schema: statusChangeSchema, work: byActor(changeLeadStatus), revalidate: leadPage });
export const assign = staffAction({ name: "assign", schema: assignmentSchema, work: byActor(assignLead), revalidate: leadPage });
export const addNote = staffAction({ name: "addNote", schema: noteSchema, work: byActor(addLeadNote), revalidate: leadPage });
export const eraseLead = staffAction({ name: "eraseLead", role: "admin", schema: leadErasureSchema, work: byActor(eraseLeadOnRequest), revalidate: leadPage });
export const resendNotification = staffAction({ name: "resendNotification", schema: resendSchema, work: byActor(queueNotificationAgain), revalidate: leadPage });
export const restoreLead = staffAction({ name: "restoreLead", schema: quarantinedLeadSchema, work: byActor(restoreQuarantinedLead), revalidate: quarantinePage });
export const deleteQuarantined = staffAction({ name: "deleteQuarantined", schema: quarantinedLeadSchema, work: byActor(deleteQuarantinedLead), revalidate: quarantinePage });
