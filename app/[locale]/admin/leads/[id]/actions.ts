"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { addLeadNote, assignLead, changeLeadStatus, type WorkResult } from "@/lib/admin/lead-work";
import { logAuthEvent } from "@/lib/auth/auth-events";
import { getStaffSession } from "@/lib/auth/staff-session";
import { assignmentSchema, noteSchema, statusChangeSchema } from "@/lib/validation/lead-work";

export type LeadWorkState = { result: WorkResult | "signedOut" | "idle"; fields?: Record<string, string> };

/**
 * The shape every lead action shares: a signed-in coordinator (checked here, not only by the page), input parsed by
 * the action's schema, the change, and a refreshed lead page.
 */
function leadAction<Schema extends z.ZodType>(
  name: string,
  schema: Schema,
  work: (actorId: string, input: z.infer<Schema>) => Promise<WorkResult>,
) {
  return async (_previous: LeadWorkState, form: FormData): Promise<LeadWorkState> => {
    const requestHeaders = await headers();
    const staff = await getStaffSession(requestHeaders);
    if (!staff) {
      await logAuthEvent("ACCESS_REFUSED", requestHeaders, { detail: `action:${name}` });
      return { result: "signedOut" };
    }
    const parsed = schema.safeParse(Object.fromEntries([...form.entries()].filter(([key]) => !key.startsWith("$"))));
    if (!parsed.success) {
      return { result: "invalid", fields: Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])) };
    }
    const result = await work(staff.user.id, parsed.data);
    if (result === "done") revalidatePath("/[locale]/admin/leads/[id]", "page");
    return { result };
  };
}

const actions = {
  changeStatus: leadAction("changeStatus", statusChangeSchema, changeLeadStatus),
  assign: leadAction("assign", assignmentSchema, assignLead),
  addNote: leadAction("addNote", noteSchema, addLeadNote),
};

export async function changeStatus(previous: LeadWorkState, form: FormData) {
  return actions.changeStatus(previous, form);
}
export async function assign(previous: LeadWorkState, form: FormData) {
  return actions.assign(previous, form);
}
export async function addNote(previous: LeadWorkState, form: FormData) {
  return actions.addNote(previous, form);
}
