/**
 * What a server action answers, shared by the action client (lib/auth/action-client.ts) and the components that
 * show it. Pure types and constants: client components import this, never the client itself.
 */
export type StaffRefusal = "signedOut" | "forbidden" | "passwordChangeRequired" | "twoFactorRequired";

/** The outcomes of a workspace action's work. */
export type ActionResult = "done" | "notFound" | "invalid" | "conflict";

/** An action's own outcome: a result name, or a result with data (field errors, a QR code…). */
export type ActionOutcome = string | { result: string };
type Shape<Outcome> = (Outcome extends string ? { result: Outcome } : Outcome) & { fields?: Record<string, string> };

/**
 * What an action answers: its own outcome, `invalid` with field errors (keys of "Admin.errors") when the schema
 * refused the input, or a refusal.
 */
export type ActionState<Outcome extends ActionOutcome> = Shape<Outcome | "invalid" | StaffRefusal>;

/** What a form shows: an answer, or nothing yet. */
export type FormState<Outcome extends ActionOutcome> = ActionState<Outcome> | { result: "idle"; fields?: undefined };

/** The state of a form no one has submitted yet; also the `previous` argument of an action called directly. */
export const idle: { result: "idle"; fields?: undefined } = { result: "idle" };

/** The state of the workspace's forms (leads, quarantine, users, settings). */
export type StaffActionState = FormState<ActionResult>;
