import { parsePhoneNumberFromString } from "libphonenumber-js";
import * as z from "./zod";
import { locales } from "@/lib/i18n/locales";
import { isBlank, requiredLine } from "./text";
import { timeZoneSchema } from "./time-zone";

/** "08:00"; "24:00" ends a day that runs to midnight. */
export const localTimePattern = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** Bounds of the whole-number settings the settings page edits; its form checks them with its own messages. */
export const settingBounds = {
  responseMinutes: { min: 5, max: 7 * 24 * 60 },
  spamRetentionDays: { min: 1, max: 365 },
  leadRetentionDays: { min: 30, max: 3650 },
  priceStaleAfterDays: { min: 1, max: 3650 },
} as const;

const wholeNumberIn = ({ min, max }: { min: number; max: number }) => z.number().check(z.int(), z.minimum(min), z.maximum(max));
const localTime = z.string().check(z.regex(localTimePattern));
const interval = z.object({ start: localTime, end: localTime });
const day = z.array(interval);

/** A number with its country code ("+44 20 7946 0958"), kept in E.164 ("+442079460958"). */
const internationalPhone = z.pipe(
  requiredLine(40),
  z.transform((text: string, context) => {
    const parsed = parsePhoneNumberFromString(text);
    if (parsed?.isValid()) return parsed.number;
    context.issues.push({ code: "custom", message: "invalidPhone", input: text });
    return z.NEVER;
  }),
);
const blankAsAbsent = (value: unknown) => (typeof value === "string" && isBlank(value) ? undefined : value);
const optionalField = <Schema extends z.ZodMiniType>(schema: Schema) => z.pipe(z.transform(blankAsAbsent), z.optional(schema));

/**
 * Who runs the site, as an imprint asks (name, legal entity, postal address, email: Germany's DDG §5, the EU's
 * e-Commerce Directive art. 5), and the numbers patients may call. Messages are keys of "Admin.errors".
 */
export const operatorSchema = z.strictObject({
  name: requiredLine(100),
  legalEntity: requiredLine(200),
  address: requiredLine(300),
  email: z.pipe(z.string({ error: "invalidEmail" }).check(z.trim(), z.maxLength(254, "tooLong")), z.email("invalidEmail")),
  phone: optionalField(internationalPhone),
  whatsApp: optionalField(internationalPhone),
});
export type Operator = z.output<typeof operatorSchema>;

const everyFieldBlank = (fields: unknown) =>
  typeof fields === "object" && fields !== null && Object.values(fields).every((value) => typeof value === "string" && isBlank(value));

/** The settings page's "who runs the site" form: every field left empty means no operator is shown. */
export const operatorSettingsSchema = z.strictObject({
  operator: z.pipe(
    z.transform((fields) => (fields === undefined || everyFieldBlank(fields) ? null : fields)),
    z.nullable(operatorSchema),
  ),
  hideDemoNotice: z.pipe(z.optional(z.literal("on")), z.transform((box) => box === "on")),
});

/** Every setting coordinators may edit, with the default used until someone does. One key per row in `Setting`. */
export const settingsSchema = z.object({
  workingHours: z._default(
    z.object({
      timeZone: timeZoneSchema,
      week: z.object({ 1: day, 2: day, 3: day, 4: day, 5: day, 6: day, 7: day }),
    }),
    {
      timeZone: "Europe/Berlin",
      week: {
        1: [{ start: "08:00", end: "20:00" }],
        2: [{ start: "08:00", end: "20:00" }],
        3: [{ start: "08:00", end: "20:00" }],
        4: [{ start: "08:00", end: "20:00" }],
        5: [{ start: "08:00", end: "20:00" }],
        6: [{ start: "10:00", end: "16:00" }],
        7: [{ start: "10:00", end: "16:00" }],
      },
    },
  ),
  /** Working minutes within which a coordinator contacts a new lead. */
  responseMinutes: z._default(wholeNumberIn(settingBounds.responseMinutes), 30),
  /** Consultation requests accepted per IP address within the window. */
  rateLimit: z._default(z.object({ max: wholeNumberIn({ min: 1, max: 100_000 }), windowSeconds: wholeNumberIn({ min: 10, max: 86_400 }) }), {
    max: 5,
    windowSeconds: 600,
  }),
  /** A form sent faster than this after it was opened is treated as a bot. */
  minFillSeconds: z._default(wholeNumberIn({ min: 0, max: 60 }), 3),
  /** Quarantined spam is deleted after this many days. */
  spamRetentionDays: z._default(wholeNumberIn(settingBounds.spamRetentionDays), 30),
  /** A lead's personal data and files are erased this many days after it arrived (GDPR art. 5: limited storage). */
  leadRetentionDays: z._default(wholeNumberIn(settingBounds.leadRetentionDays), 730),
  /** Every staff account must sign in with an authenticator app (TOTP) as well as its password. */
  requireTwoFactor: z._default(z.boolean(), false),
  /** Language of the emails coordinators receive. */
  coordinatorLocale: z._default(z.enum(locales), "en"),
  /** Who is told of a new lead when no routing rule matches. Empty: the notification fails visibly. */
  coordinatorEmails: z._default(z.array(z.email()), []),
  /** The first rule whose every given condition matches a lead sends its notification to that rule's team instead. */
  routingRules: z._default(
    z.array(
      z.object({
        treatments: z.optional(z.array(z.string())),
        countries: z.optional(z.array(z.string().check(z.length(2)))),
        languages: z.optional(z.array(z.string())),
        recipients: z.array(z.email()).check(z.minLength(1)),
      }),
    ),
    [],
  ),
  /** Who runs the site, shown in the footer, on the thank-you page and in the patient's email. None until set. */
  operator: z._default(z.nullable(operatorSchema), null),
  /** An offer's price not checked for longer than this is flagged to editors and marked for visitors. */
  priceStaleAfterDays: z._default(wholeNumberIn(settingBounds.priceStaleAfterDays), 180),
  /** Turns the demo notice in the site's header off; refused while demo clinics or doctors are published. */
  hideDemoNotice: z._default(z.boolean(), false),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof Settings;

export const defaultSettings: Settings = settingsSchema.parse({});
