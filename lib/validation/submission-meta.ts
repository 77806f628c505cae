import * as z from "./zod";
import { singleLine } from "./text";
import { timeZoneSchema } from "./time-zone";
import { utmKeys } from "./utm-keys";

/** What the form sends besides the patient's answers: anti-spam signals, time zone and attribution. */
export const submissionMetaSchema = z.strictObject({
  /** Signed when the form was rendered (./form-token.ts). */
  formToken: z.string().check(z.maxLength(200)),
  /** The honeypot: a field people never see and bots fill in. */
  website: z._default(z.string().check(z.maxLength(500)), ""),
  timeZone: timeZoneSchema,
  // Attribution is nice to have: a malformed value is dropped rather than blocking a patient's request.
  sourcePath: z.catch(z.optional(singleLine(500)), undefined),
  referrer: z.catch(z.optional(singleLine(1000)), undefined),
  utm: z.catch(z.optional(z.partialRecord(z.enum(utmKeys), singleLine(200))), undefined),
});

export type SubmissionMeta = z.output<typeof submissionMetaSchema>;
