import * as z from "./zod";
import { recordId } from "./record-id";
import { singleLine } from "./text";

/** How many coordinator addresses a clinic may have: a team, not a mailing list. */
export const MAX_CONTACTS_PER_CLINIC = 10;

const email = z.pipe(
  z.string({ error: "invalidEmail" }).check(z.trim()),
  z.pipe(z.email("invalidEmail").check(z.maxLength(254, "invalidEmail")), z.transform((address: string) => address.toLowerCase())),
);
/** Who reads the address (a person, or "International office"); optional. */
const label = z.pipe(singleLine(200), z.transform((text: string) => text || undefined));

export const addContactSchema = z.strictObject({ clinicId: recordId, email, label: z.optional(label) });
export const changeContactSchema = z.strictObject({ contactId: recordId, email, label: z.optional(label) });
export const removeContactSchema = z.strictObject({ contactId: recordId });

export type AddContactInput = z.output<typeof addContactSchema>;
export type ChangeContactInput = z.output<typeof changeContactSchema>;
export type RemoveContactInput = z.output<typeof removeContactSchema>;
