import { clinicContentSchema } from "./catalog-content/clinics";
import * as z from "./zod";

const rowId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, "invalidId"));
const counter = z.coerce.number().check(z.int(), z.positive(), z.maximum(1_000_000));

/** The editor posts the whole clinic as JSON in one field, checked by the same schema the browser's form uses. */
const clinicDocument = z.pipe(
  z.string().check(z.maxLength(400_000)),
  z.transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.issues.push({ code: "custom", message: "invalidDocument", input: text });
      return z.NEVER;
    }
  }),
);

export const clinicDraftSchema = z.strictObject({
  itemId: rowId,
  /** The editor's draft and its revision when it was loaded; absent until the first save. */
  draftId: z.optional(rowId),
  revision: z.optional(counter),
  /** The published version the editor started from. */
  baseVersion: z.optional(counter),
  document: z.pipe(clinicDocument, clinicContentSchema),
});
export type ClinicDraftInput = z.infer<typeof clinicDraftSchema>;

export const restoreVersionSchema = z.strictObject({ itemId: rowId, number: counter, expectedLatest: counter });
