import * as z from "../zod";
import { clinicContentSchema } from "./clinics";
import { conditionContentSchema } from "./conditions";
import { doctorContentSchema } from "./doctors";
import { recordTypeContentSchema } from "./record-types";
import { catalogReferenceIssues } from "./references";
import { reviewerContentSchema } from "./reviewers";
import { sourceContentSchema } from "./sources";
import { treatmentContentSchema } from "./treatments";

/**
 * The whole catalog as one document (prisma/content/catalog.json): each kind in the order its pages list it, so an
 * item's position is its sort order. References between items are checked across the file.
 */
export const catalogContentSchema = z
  .strictObject({
    sources: z.array(sourceContentSchema),
    reviewers: z.array(reviewerContentSchema),
    recordTypes: z.array(recordTypeContentSchema),
    conditions: z.array(conditionContentSchema),
    treatments: z.array(treatmentContentSchema),
    clinics: z.array(clinicContentSchema),
    doctors: z.array(doctorContentSchema),
  })
  .check(
    z.superRefine((catalog, context) => {
      for (const { path, message } of catalogReferenceIssues(catalog)) context.addIssue({ code: "custom", path, message, input: catalog });
    }),
  );

export type CatalogContent = z.infer<typeof catalogContentSchema>;

/** Each problem of a file as `path: message`, the path written the way jq and editors show it (`clinics[2].text.ru`). */
export function describeContentIssues(error: z.$ZodError): string[] {
  return error.issues.map((issue) => `${jsonPath(issue.path)}: ${issue.message}`);
}

function jsonPath(path: PropertyKey[]): string {
  const written = path.map((part, index) => (typeof part === "number" ? `[${part}]` : `${index ? "." : ""}${String(part)}`)).join("");
  return written || "(file)";
}
