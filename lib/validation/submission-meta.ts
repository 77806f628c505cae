import * as z from "./zod";
import { singleLine } from "./text";
import { timeZoneSchema } from "./time-zone";
import { utmKeys } from "./utm-keys";

/** What the form sends besides the patient's answers: anti-spam signals, time zone and attribution. */
export const submissionMetaSchema = z.strictObject({
  /** Signed when the form was rendered (./form-token.ts). */
  formToken: z.string().max(200),
  /** The honeypot: a field people never see and bots fill in. */
  website: z.string().max(500).default(""),
  timeZone: timeZoneSchema,
  // Attribution is nice to have: a malformed value is dropped rather than blocking a patient's request.
  sourcePath: singleLine(500).optional().catch(undefined),
  referrer: singleLine(1000).optional().catch(undefined),
  utm: z.partialRecord(z.enum(utmKeys), singleLine(200)).optional().catch(undefined),
});

export type SubmissionMeta = z.output<typeof submissionMetaSchema>;
