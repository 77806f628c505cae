import * as z from "../zod";
import { contentKey, line, localized, reviewFields, searchSnippet } from "./fields";
import { figureContentSchema } from "./figures";
import { richText } from "./rich-text";

const longText = richText(20_000);

export const treatmentContentSchema = z.strictObject({
  slug: contentKey,
  ...reviewFields,
  /** Record types a patient is asked for, in order; `key` names a record type. */
  records: z.array(z.strictObject({ key: contentKey, required: z.boolean() })),
  figures: z.array(figureContentSchema),
  text: localized({
    name: line(200),
    summary: line(600),
    metaDescription: searchSnippet,
    howItWorks: longText,
    whoItIsFor: longText,
    steps: longText,
    preparation: longText,
    recovery: longText,
    risks: longText,
  }),
});

export type TreatmentContent = z.infer<typeof treatmentContentSchema>;
