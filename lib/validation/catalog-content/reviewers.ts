import * as z from "../zod";
import { contentKey, line, localized } from "./fields";

export const reviewerContentSchema = z.strictObject({
  key: contentKey,
  isFictionalSample: z.boolean(),
  text: localized({ name: line(200), qualification: line(300) }),
});

export type ReviewerContent = z.infer<typeof reviewerContentSchema>;
