import { z } from "./zod";

/** The follow-up pipeline, in order, and the two ways a lead is closed without a booking. */
export const pipelineStatuses = ["NEW", "CONTACTED", "QUALIFIED", "AWAITING_RECORDS", "SENT_TO_CLINIC", "OFFER_SENT", "BOOKED"] as const;
export const closingStatuses = ["LOST", "SPAM"] as const;
export const workStatuses = [...pipelineStatuses, ...closingStatuses] as const;

const id = z.string().min(1).max(40);

// Messages are keys of the "Admin.errors" namespace.
export const statusChangeSchema = z
  .strictObject({
    leadId: id,
    status: z.enum(workStatuses, { error: "invalid" }),
    reason: z.string().trim().max(500, "tooLong").optional(),
  })
  .refine((input) => !(closingStatuses as readonly string[]).includes(input.status) || Boolean(input.reason), {
    path: ["reason"],
    message: "reasonRequired",
  });

export const assignmentSchema = z.strictObject({
  leadId: id,
  /** Empty: nobody. */
  assigneeId: z.union([id, z.literal("")]).transform((value) => value || null),
});

export const noteSchema = z.strictObject({
  leadId: id,
  body: z.string().trim().min(1, "required").max(5000, "tooLong"),
});

/** An admin erasing a lead's personal data confirms by typing the lead's reference. */
export const leadErasureSchema = z.strictObject({
  leadId: id,
  confirmation: z.string().trim().min(1, "required").max(20, "tooLong"),
});

export type StatusChange = z.infer<typeof statusChangeSchema>;
export type Assignment = z.infer<typeof assignmentSchema>;
export type NoteInput = z.infer<typeof noteSchema>;
export type LeadErasure = z.infer<typeof leadErasureSchema>;
