import { getCountries, parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";
import * as z from "./zod";
import { locales } from "@/lib/i18n/locales";
import { CONSENT_VERSION, contactChannels, MAX_LINKS_IN_MESSAGE, MAX_MESSAGE_LENGTH, writerRoles } from "./consultation-fields";
import { slug } from "./slug";
import { requiredLine, requiredText } from "./text";

/**
 * The consultation request: one schema for react-hook-form in the browser and for the server. Messages are keys
 * of the "ConsultationForm.errors" namespace, translated where they are shown (no language in schemas).
 */

const phoneCountries = new Set<string>(getCountries());
const isPhoneCountry = (code: string): code is CountryCode => phoneCountries.has(code);

const isMinor = (age: number | undefined) => age !== undefined && age < 18;
// An issue without a path is about the whole input (not an object at all): no cross-field rule can run then.
const fieldsAreValid = (issues: readonly { path?: PropertyKey[] }[], fields: string[]) =>
  issues.every((issue) => issue.path?.length && !fields.includes(String(issue.path[0])));

const optionalSlug = z.optional(slug);
const phoneCountry = z.string({ error: "required" }).check(z.refine(isPhoneCountry, "required"));

export const consultationSchema = z
  .strictObject({
    submissionId: z.uuid("invalid"),
    fullName: requiredLine(120).check(z.refine((name) => name.length !== 1, "tooShort")),
    email: z.email("invalidEmail").check(z.maxLength(254, "tooLong")),
    countryCode: phoneCountry,
    phoneCountry: phoneCountry,
    phoneNumber: requiredLine(40),
    contactChannel: z.enum(contactChannels, "required"),
    preferredLanguage: z.enum(locales, "required"),
    message: requiredText(MAX_MESSAGE_LENGTH).check(
      z.refine((message) => (message.match(/https?:\/\/|www\./gi) ?? []).length <= MAX_LINKS_IN_MESSAGE, "tooManyLinks"),
    ),
    patientAge: z.optional(z.coerce.number("invalidAge").check(z.int("invalidAge"), z.minimum(0, "invalidAge"), z.maximum(120, "invalidAge"))),
    writerRole: z.enum(writerRoles, "required"),
    guardianConfirmed: z.optional(z.boolean()),
    treatment: optionalSlug,
    clinic: optionalSlug,
    doctor: optionalSlug,
    recordsCovered: z._default(z.array(slug).check(z.maxLength(20, "invalid")), []),
    consent: z.literal(true, "consentRequired"),
    consentVersion: z.literal(CONSENT_VERSION, "consentOutdated"),
  })
  // Cross-field rules run even when other fields are invalid, so every problem is shown at once.
  .check(
    z.refine((input) => phoneToE164(input.phoneNumber, input.phoneCountry) !== null, {
      path: ["phoneNumber"],
      message: "invalidPhone",
      when: (payload) => fieldsAreValid(payload.issues, ["phoneNumber", "phoneCountry"]),
    }),
    z.refine((input) => !isMinor(input.patientAge) || input.writerRole === "RELATIVE", {
      path: ["writerRole"],
      message: "minorNeedsGuardian",
      when: (payload) => fieldsAreValid(payload.issues, ["patientAge", "writerRole"]),
    }),
    z.refine((input) => !isMinor(input.patientAge) || input.writerRole !== "RELATIVE" || input.guardianConfirmed === true, {
      path: ["guardianConfirmed"],
      message: "guardianRequired",
      when: (payload) => fieldsAreValid(payload.issues, ["patientAge", "writerRole", "guardianConfirmed"]),
    }),
  );

export type ConsultationInput = z.input<typeof consultationSchema>;
export type Consultation = z.output<typeof consultationSchema>;

/** The number as it will be dialled, in E.164 (+4915112345678), or null when it is not valid for the country. */
export function phoneToE164(number: string, country: string): string | null {
  if (!isPhoneCountry(country)) return null;
  const parsed = parsePhoneNumberFromString(number, country);
  return parsed?.isValid() ? parsed.number : null;
}

/** The error message keys the schema can produce; every one has a translation in ConsultationForm.errors. */
export const consultationErrorKeys = [
  "required",
  "invalidCharacters",
  "tooShort",
  "tooLong",
  "invalid",
  "invalidEmail",
  "invalidPhone",
  "invalidAge",
  "tooManyLinks",
  "minorNeedsGuardian",
  "guardianRequired",
  "consentRequired",
  "consentOutdated",
] as const;
