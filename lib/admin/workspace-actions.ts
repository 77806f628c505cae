import "server-only";
import { defineStaffAction } from "@/lib/auth/perform-staff-action";
import { updateSettings } from "@/lib/settings/settings";
import { assignmentSchema, leadErasureSchema, noteSchema, statusChangeSchema } from "@/lib/validation/lead-work";
import { settingsFormInput } from "@/lib/validation/settings-form";
import { roleChangeSchema, staffAccountSchema, staffActivationSchema } from "@/lib/validation/staff-account";
import { quarantinedLeadSchema, resendSchema } from "@/lib/validation/quarantine";
import { eraseLeadOnRequest } from "@/lib/leads/lead-erasure";
import { addLeadNote, assignLead, changeLeadStatus } from "@/lib/leads/lead-work";
import { resendNotification } from "@/lib/leads/notification-resend";
import { deleteQuarantinedLead, restoreQuarantinedLead } from "@/lib/leads/quarantine";
import { addStaffMember, changeStaffRole, setStaffActive } from "@/lib/staff/staff-management";

const leadPage = "/[locale]/admin/leads/[id]";
const usersPage = "/[locale]/admin/users";
const quarantinePage = "/[locale]/admin/quarantine";

/**
 * Every server action of the workspace, with the role it needs. The `actions.ts` files under app/ only expose
 * these, and tests/integration/workspace-access.test.ts tries each one without a session and with too small a role.
 */
export const workspaceActions = {
  changeStatus: defineStaffAction({ name: "changeStatus", schema: statusChangeSchema, work: changeLeadStatus, revalidate: leadPage }),
  assign: defineStaffAction({ name: "assign", schema: assignmentSchema, work: assignLead, revalidate: leadPage }),
  addNote: defineStaffAction({ name: "addNote", schema: noteSchema, work: addLeadNote, revalidate: leadPage }),
  eraseLead: defineStaffAction({ name: "eraseLead", role: "admin", schema: leadErasureSchema, work: eraseLeadOnRequest, revalidate: leadPage }),
  resendNotification: defineStaffAction({ name: "resendNotification", schema: resendSchema, work: resendNotification, revalidate: leadPage }),
  restoreLead: defineStaffAction({ name: "restoreLead", schema: quarantinedLeadSchema, work: restoreQuarantinedLead, revalidate: quarantinePage }),
  deleteQuarantined: defineStaffAction({ name: "deleteQuarantined", schema: quarantinedLeadSchema, work: deleteQuarantinedLead, revalidate: quarantinePage }),
  addStaff: defineStaffAction({ name: "addStaff", role: "admin", schema: staffAccountSchema, work: addStaffMember, revalidate: usersPage }),
  changeRole: defineStaffAction({ name: "changeRole", role: "admin", schema: roleChangeSchema, work: changeStaffRole, revalidate: usersPage }),
  setActive: defineStaffAction({ name: "setActive", role: "admin", schema: staffActivationSchema, work: setStaffActive, revalidate: usersPage }),
  saveSettings: defineStaffAction({
    name: "saveSettings",
    role: "admin",
    schema: settingsFormInput,
    work: async (_actorId, settings) => {
      await updateSettings(settings);
      return "done";
    },
    revalidate: "/[locale]/admin/settings",
  }),
};
export type WorkspaceActionName = keyof typeof workspaceActions;
