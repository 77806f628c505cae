import { z } from "zod";
import { timeZoneSchema } from "./time-zone";

const utmKeys = ["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content"] as const;

/** What the form sends besides the patient's answers: anti-spam signals, time zone and attribution. */
export const submissionMetaSchema = z.strictObject({
  /** Signed when the form was rendered (see lib/leads/form-token.ts). */
  formToken: z.string().max(200),
  /** The honeypot: a field people never see and bots fill in. */
  website: z.string().max(500).default(""),
  timeZone: timeZoneSchema,
  sourcePath: z.string().max(500).optional(),
  referrer: z.string().max(1000).optional(),
  utm: z.partialRecord(z.enum(utmKeys), z.string().max(200)).optional(),
});

export type SubmissionMeta = z.output<typeof submissionMetaSchema>;
