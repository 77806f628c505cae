import * as z from "../zod";
import { contentKey, line, localized, reviewFields, searchSnippet } from "./fields";
import { figureContentSchema } from "./figures";
import { richText } from "./rich-text";

const longText = richText(20_000);

export const conditionContentSchema = z.strictObject({
  slug: contentKey,
  ...reviewFields,
  /** Treatment slugs, in the order the condition's page lists them. */
  treatments: z.array(contentKey),
  figures: z.array(figureContentSchema),
  text: localized({
    name: line(200),
    summary: line(600),
    metaDescription: searchSnippet,
    overview: longText,
    causes: longText,
    symptoms: longText,
    diagnosis: longText,
    prognosis: longText,
  }),
});

export type ConditionContent = z.infer<typeof conditionContentSchema>;
