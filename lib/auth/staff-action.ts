import "server-only";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { logAuthEvent } from "./auth-events";
import { hasRole, type StaffRole } from "./roles";
import { getStaffSession } from "./staff-session";

export type ActionResult = "done" | "notFound" | "invalid" | "conflict";
export type StaffActionState = { result: ActionResult | "signedOut" | "forbidden" | "idle"; fields?: Record<string, string> };

/**
 * The shape every workspace server action shares: the session and role checked here (an action is a public
 * endpoint, whatever page shows its form), refusals logged, input parsed by the action's schema, the change, and
 * the pages it affects refreshed.
 */
export function staffAction<Schema extends z.ZodType>(options: {
  name: string;
  role?: StaffRole;
  schema: Schema;
  work: (actorId: string, input: z.infer<Schema>) => Promise<ActionResult>;
  revalidate: string;
}) {
  return async (_previous: StaffActionState, form: FormData): Promise<StaffActionState> => {
    const requestHeaders = await headers();
    const staff = await getStaffSession(requestHeaders);
    if (!staff || !hasRole(staff.user.role, options.role ?? "coordinator")) {
      await logAuthEvent("ACCESS_REFUSED", requestHeaders, { userId: staff?.user.id, detail: `action:${options.name}` });
      return { result: staff ? "forbidden" : "signedOut" };
    }
    const parsed = options.schema.safeParse(Object.fromEntries([...form.entries()].filter(([key]) => !key.startsWith("$"))));
    if (!parsed.success) {
      return { result: "invalid", fields: Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])) };
    }
    const result = await options.work(staff.user.id, parsed.data);
    if (result === "done") revalidatePath(options.revalidate, "page");
    return { result };
  };
}
