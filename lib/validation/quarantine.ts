import { z } from "./zod";

const id = z.string().min(1).max(100);

export const quarantinedLeadSchema = z.strictObject({ leadId: id });
export type QuarantinedLeadInput = z.infer<typeof quarantinedLeadSchema>;

export const resendSchema = z.strictObject({ notificationId: id });
export type ResendInput = z.infer<typeof resendSchema>;
