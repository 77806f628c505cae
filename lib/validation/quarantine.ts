import * as z from "./zod";
import { recordId } from "./record-id";

export const quarantinedLeadSchema = z.strictObject({ leadId: recordId });
export type QuarantinedLeadInput = z.infer<typeof quarantinedLeadSchema>;

export const resendSchema = z.strictObject({ notificationId: recordId });
export type ResendInput = z.infer<typeof resendSchema>;
