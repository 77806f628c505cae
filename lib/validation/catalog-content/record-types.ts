import * as z from "../zod";
import { contentKey, line, localized } from "./fields";
import { richText } from "./rich-text";

export const recordTypeContentSchema = z.strictObject({
  key: contentKey,
  text: localized({ name: line(200), description: richText(2000) }),
});

export type RecordTypeContent = z.infer<typeof recordTypeContentSchema>;
