import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { noteActionStarted } from "@/lib/observability/request-context";
import type * as z from "@/lib/validation/zod";
import type { ActionOutcome, ActionState, FormState } from "./action-state";
import { checkStaffAccess, type StaffAccess } from "./staff-guard";
import type { StaffSession } from "./staff-session";

interface ActionBase<Schema extends z.ZodMiniType, Outcome extends ActionOutcome> {
  /** How refusals name the action in the security log (`action:<name>`). */
  name: string;
  schema: Schema;
  /** What an input the schema refuses answers; by default `invalid` with the field errors. */
  whenInvalid?: () => Outcome;
  /** The page that shows the change (or every page of a layout), refreshed after one of these results ("done" unless said otherwise). */
  revalidate?: { path: string; type?: "page" | "layout"; on?: readonly string[] };
}

export interface StaffActionDefinition<Schema extends z.ZodMiniType = z.ZodMiniType, Outcome extends ActionOutcome = ActionOutcome>
  extends ActionBase<Schema, Outcome> {
  access: StaffAccess;
  work: (input: z.infer<Schema>, context: { staff: StaffSession; headers: Headers }) => Promise<Outcome>;
}

export interface PublicActionDefinition<Schema extends z.ZodMiniType = z.ZodMiniType, Outcome extends ActionOutcome = ActionOutcome>
  extends ActionBase<Schema, Outcome> {
  access: "public";
  work: (input: z.infer<Schema>, context: { headers: Headers }) => Promise<Outcome>;
}

type AnyDefinition = StaffActionDefinition | PublicActionDefinition;
const asState = <Outcome extends ActionOutcome>(outcome: Outcome) =>
  (typeof outcome === "string" ? { result: outcome } : outcome) as ActionState<Outcome>;
/**
 * A form's fields as the schema reads them. Names starting with "$" are React's own. A name ending in "[]" is a list
 * (a group of checkboxes): every value it was sent with, under the name without the brackets (absent when no box
 * was ticked, as browsers send nothing for those). Any other name repeated keeps its last value.
 */
function formFields(form: FormData): Record<string, unknown> {
  const names = [...new Set(form.keys())].filter((name) => !name.startsWith("$"));
  return Object.fromEntries(names.map((name) => (name.endsWith("[]") ? [name.slice(0, -2), form.getAll(name)] : [name, form.getAll(name).at(-1)])));
}

/**
 * What every action does around its work: a server action is a public endpoint, whatever page shows its form, so
 * access is checked here (and refusals logged), then the input is parsed, then the work runs.
 */
export async function performAction<Outcome extends ActionOutcome>(
  definition: AnyDefinition & { work: (...args: never[]) => Promise<Outcome> },
  requestHeaders: Headers,
  input: unknown,
): Promise<ActionState<Outcome>> {
  noteActionStarted();
  let staff: StaffSession | undefined;
  if (definition.access !== "public") {
    const checked = await checkStaffAccess(requestHeaders, definition.access, `action:${definition.name}`);
    if (checked.refusal) return { result: checked.refusal };
    staff = checked.staff;
  }
  const parsed = definition.schema.safeParse(input instanceof FormData ? formFields(input) : input);
  if (!parsed.success) {
    if (definition.whenInvalid) return asState(definition.whenInvalid() as Outcome);
    return { result: "invalid", fields: Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message])) };
  }
  const work = definition.work as (input: unknown, context: { staff?: StaffSession; headers: Headers }) => Promise<Outcome>;
  return asState(await work(parsed.data, { staff, headers: requestHeaders }));
}

/**
 * A server action as React calls it: `(previous state, input)` from `useActionState` (a FormData), or directly as
 * `action(idle, values)` from a form that validates in the browser first. The definition rides along for the test
 * that tries every action without a session (tests/integration/workspace-access.test.ts).
 */
export type ServerAction<Schema extends z.ZodMiniType, Outcome extends ActionOutcome> = ((
  previous: FormState<Outcome>,
  input: FormData | z.input<Schema>,
) => Promise<ActionState<Outcome>>) & { definition: AnyDefinition };

function serverAction<Schema extends z.ZodMiniType, Outcome extends ActionOutcome>(
  definition: StaffActionDefinition<Schema, Outcome> | PublicActionDefinition<Schema, Outcome>,
): ServerAction<Schema, Outcome> {
  const action = async (_previous: FormState<Outcome>, input: FormData | z.input<Schema>) => {
    const state = await performAction(definition as AnyDefinition & typeof definition, await headers(), input);
    const { revalidate } = definition;
    if (revalidate && (revalidate.on ?? ["done"]).includes(state.result)) revalidatePath(revalidate.path, revalidate.type ?? "page");
    return state;
  };
  return Object.assign(action, { definition: definition as AnyDefinition });
}

/** A workspace action: signed in, the role it needs, no setup step left unless allowed. */
export function staffAction<Schema extends z.ZodMiniType, Outcome extends ActionOutcome, Invalid extends string = never>(
  definition: Omit<StaffActionDefinition<Schema, Outcome>, "access" | "whenInvalid"> & StaffAccess & { whenInvalid?: () => Invalid },
): ServerAction<Schema, Outcome | Invalid> {
  const { role, duringSetup, ...rest } = definition;
  return serverAction<Schema, Outcome | Invalid>({ ...rest, access: { role, duringSetup } });
}

/** An action for visitors without a session (signing in). */
export function publicAction<Schema extends z.ZodMiniType, Outcome extends ActionOutcome, Invalid extends string = never>(
  definition: Omit<PublicActionDefinition<Schema, Outcome>, "access" | "whenInvalid"> & { whenInvalid?: () => Invalid },
): ServerAction<Schema, Outcome | Invalid> {
  return serverAction<Schema, Outcome | Invalid>({ ...definition, access: "public" });
}

/** Work written as `(actorId, input)`, the way lib's modules record who did what. */
export function byActor<Input, Outcome>(work: (actorId: string, input: Input) => Promise<Outcome>) {
  return (input: Input, { staff }: { staff: StaffSession }) => work(staff.user.id, input);
}
