import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { performStaffAction, type StaffActionDefinition, type StaffActionState } from "./perform-staff-action";

export type { ActionResult, StaffActionState } from "./perform-staff-action";

/** A workspace action as a React server action: checked and performed, then its page refreshed. */
export async function runStaffAction(definition: StaffActionDefinition, form: FormData): Promise<StaffActionState> {
  const state = await performStaffAction(definition, await headers(), form);
  if (state.result === "done") revalidatePath(definition.revalidate, "page");
  return state;
}
