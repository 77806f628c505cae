import * as z from "../zod";
import { contentKey, line } from "./fields";

export const sourceContentSchema = z.strictObject({
  key: contentKey,
  title: line(400),
  publisher: line(200),
  kind: z.enum(["study_abstract", "provider_page"]),
  /** Only when the source states when it was published. */
  year: z.optional(z.int().check(z.minimum(1900), z.maximum(2100))),
  url: z.optional(z.url({ protocol: /^https?$/ })),
});

export type SourceContent = z.infer<typeof sourceContentSchema>;
