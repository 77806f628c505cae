import "server-only";
import type { z } from "@/lib/validation/zod";
import { logAuthEvent } from "./auth-events";
import { hasRole, type StaffRole } from "@/lib/staff/roles";
import { getStaffSession } from "./staff-session";
import { pendingAccountSetup, setupRefusals } from "./account-setup";

export type ActionResult = "done" | "notFound" | "invalid" | "conflict";
export type StaffActionState = {
  result: ActionResult | "signedOut" | "forbidden" | "passwordChangeRequired" | "twoFactorRequired" | "idle";
  fields?: Record<string, string>;
};

export interface StaffActionDefinition<Schema extends z.ZodType = z.ZodType> {
  name: string;
  /** Coordinator unless said otherwise. */
  role?: StaffRole;
  schema: Schema;
  /** A result, or a result with field errors (keys of "Admin.errors") for the form to show. */
  work: (actorId: string, input: z.infer<Schema>) => Promise<ActionResult | { result: ActionResult; fields: Record<string, string> }>;
  /** The page the change shows on. */
  revalidate: string;
}

export function defineStaffAction<Schema extends z.ZodType>(definition: StaffActionDefinition<Schema>): StaffActionDefinition<Schema> {
  return definition;
}

/**
 * What every workspace action does before its work: a server action is a public endpoint, whatever page shows its
 * form, so the session and role are checked here and refusals logged. Form fields whose names start with "$" are
 * React's own.
 */
export async function performStaffAction(
  definition: StaffActionDefinition,
  requestHeaders: Headers,
  form: FormData,
): Promise<StaffActionState> {
  const staff = await getStaffSession(requestHeaders);
  if (!staff || !hasRole(staff.user.role, definition.role ?? "coordinator")) {
    await logAuthEvent("ACCESS_REFUSED", requestHeaders, { userId: staff?.user.id, detail: `action:${definition.name}` });
    return { result: staff ? "forbidden" : "signedOut" };
  }
  const setup = await pendingAccountSetup(staff);
  if (setup) {
    await logAuthEvent("ACCESS_REFUSED", requestHeaders, { userId: staff.user.id, detail: `action:${definition.name}:${setupRefusals[setup]}` });
    return { result: setup === "password" ? "passwordChangeRequired" : "twoFactorRequired" };
  }
  const parsed = definition.schema.safeParse(Object.fromEntries([...form.entries()].filter(([key]) => !key.startsWith("$"))));
  if (!parsed.success) {
    return { result: "invalid", fields: Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message])) };
  }
  const outcome = await definition.work(staff.user.id, parsed.data);
  return typeof outcome === "string" ? { result: outcome } : outcome;
}
