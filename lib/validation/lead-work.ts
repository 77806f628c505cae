import * as z from "./zod";
import { recordId } from "./record-id";
import { freeText, requiredLine, requiredText } from "./text";

/** The follow-up pipeline, in order, and the two ways a lead is closed without a booking. */
export const pipelineStatuses = ["NEW", "CONTACTED", "QUALIFIED", "AWAITING_RECORDS", "SENT_TO_CLINIC", "OFFER_SENT", "BOOKED"] as const;
export const closingStatuses = ["LOST", "SPAM"] as const;
export const workStatuses = [...pipelineStatuses, ...closingStatuses] as const;

// Messages are keys of the "Admin.errors" namespace.
export const statusChangeSchema = z
  .strictObject({
    leadId: recordId,
    status: z.enum(workStatuses, { error: "invalid" }),
    reason: z.optional(freeText(500)),
  })
  .check(
    z.refine((input) => !(closingStatuses as readonly string[]).includes(input.status) || Boolean(input.reason), {
      path: ["reason"],
      message: "reasonRequired",
    }),
  );

export const assignmentSchema = z.strictObject({
  leadId: recordId,
  /** Empty: nobody. */
  assigneeId: z.pipe(z.union([recordId, z.literal("")]), z.transform((value) => value || null)),
});

export const noteSchema = z.strictObject({
  leadId: recordId,
  body: requiredText(5000),
});

/** An admin erasing a lead's personal data confirms by typing the lead's reference. */
export const leadErasureSchema = z.strictObject({
  leadId: recordId,
  confirmation: requiredLine(20),
});

export type StatusChange = z.infer<typeof statusChangeSchema>;
export type Assignment = z.infer<typeof assignmentSchema>;
export type NoteInput = z.infer<typeof noteSchema>;
export type LeadErasure = z.infer<typeof leadErasureSchema>;
