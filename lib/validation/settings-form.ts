import * as z from "./zod";
import { locales } from "@/lib/i18n/locales";
import { localTimePattern, operatorSettingsSchema, settingBounds, type Settings } from "./settings";
import { slug } from "./slug";
import { timeZoneSchema } from "./time-zone";

/**
 * The settings page's form. Controls have flat names ("hours.3", "rules.0.treatments.tace") so the form posts
 * without JavaScript; `nestFormFields` turns them into this shape. Messages are keys of "Admin.errors".
 */
const weekdays = ["1", "2", "3", "4", "5", "6", "7"] as const;

/** Items typed one per line or separated by commas; one bad item marks the whole field, the control a user sees. */
function listOf(item: z.ZodMiniType<string>, message: string, max: number) {
  return z.pipe(
    z.prefault(z.string().check(z.maxLength(max * 100, "tooLong")), ""),
    z.transform((text: string, context) => {
      const items = text.split(/[\s,;]+/).filter(Boolean);
      if (items.length > max) context.issues.push({ code: "custom", message: "tooLong", input: text });
      else if (!items.every((value) => item.safeParse(value).success)) context.issues.push({ code: "custom", message, input: text });
      return items;
    }),
  );
}

const emailList = listOf(z.email().check(z.maxLength(254)), "invalidEmailList", 50);

/** "08:00-12:00, 13:00-18:00"; empty means closed all day. */
const dayHours = z.pipe(
  z.string().check(z.maxLength(200, "tooLong")),
  z.transform((text: string, context) => {
    const intervals = text.split(",").map((part) => part.trim()).filter(Boolean).map((part) => part.split(/\s*[-–]\s*/));
    const valid = intervals.every(([start, end, ...rest]) => rest.length === 0 && localTimePattern.test(start ?? "") && localTimePattern.test(end ?? "") && start! < end!);
    if (!valid) context.issues.push({ code: "custom", message: "invalidHours", input: text });
    return intervals.map(([start, end]) => ({ start: start!, end: end! }));
  }),
);

const whole = ({ min, max }: { min: number; max: number }) =>
  z.coerce.number({ error: "outOfRange" }).check(z.int("outOfRange"), z.minimum(min, "outOfRange"), z.maximum(max, "outOfRange"));

/** Checkboxes named after what they choose (a slug, a locale): a crafted name is refused, not stored. */
const checked = z.pipe(
  z.optional(z.record(slug, z.literal("on"))),
  z.transform((boxes: Record<string, "on"> | undefined) => Object.keys(boxes ?? {})),
);

const routingRuleForm = z.object({
  remove: z.optional(z.literal("on")),
  treatments: checked,
  languages: z.pipe(checked, z.array(z.enum(locales))),
  countries: z.pipe(
    listOf(z.string().check(z.regex(/^[A-Za-z]{2}$/)), "invalidCountries", 250),
    z.transform((codes: string[]) => codes.map((code) => code.toUpperCase())),
  ),
  recipients: emailList,
});

export const settingsFormSchema = z.pipe(
  z.object({
    coordinatorEmails: emailList,
    coordinatorLocale: z.enum(locales),
    responseMinutes: whole(settingBounds.responseMinutes),
    timeZone: timeZoneSchema,
    hours: z.object(Object.fromEntries(weekdays.map((day) => [day, dayHours])) as Record<(typeof weekdays)[number], typeof dayHours>),
    spamRetentionDays: whole(settingBounds.spamRetentionDays),
    leadRetentionDays: whole(settingBounds.leadRetentionDays),
    priceStaleAfterDays: whole(settingBounds.priceStaleAfterDays),
    requireTwoFactor: z.optional(z.literal("on")),
    rules: z.optional(z.record(z.string(), routingRuleForm)),
  }),
  z.transform((form, context): Partial<Settings> => {
    const rules = Object.entries(form.rules ?? {})
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([index, rule]) => ({ index, rule }))
      .filter(({ rule }) => !rule.remove && (rule.recipients.length || rule.treatments.length || rule.countries.length || rule.languages.length));
    for (const { index, rule } of rules) {
      if (!rule.recipients.length) context.issues.push({ code: "custom", path: ["rules", index, "recipients"], message: "recipientsRequired", input: form });
    }
    // A condition left empty matches every lead, so it is stored as absent.
    const condition = (values: string[]) => (values.length ? values : undefined);
    return {
      coordinatorEmails: form.coordinatorEmails,
      coordinatorLocale: form.coordinatorLocale,
      responseMinutes: form.responseMinutes,
      workingHours: { timeZone: form.timeZone, week: form.hours },
      spamRetentionDays: form.spamRetentionDays,
      leadRetentionDays: form.leadRetentionDays,
      priceStaleAfterDays: form.priceStaleAfterDays,
      requireTwoFactor: form.requireTwoFactor === "on",
      routingRules: rules.map(({ rule }) => ({
        treatments: condition(rule.treatments),
        countries: condition(rule.countries),
        languages: condition(rule.languages),
        recipients: rule.recipients,
      })),
    };
  }),
);

const unsafeKeys = new Set(["__proto__", "prototype", "constructor"]);

/** {"rules.0.countries": "DE"} → {rules: {0: {countries: "DE"}}}. Names that could reach a prototype are dropped. */
export function nestFormFields(fields: Record<string, unknown>): Record<string, unknown> {
  const nested: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    const path = name.split(".");
    if (path.some((key) => unsafeKeys.has(key))) continue;
    let target = nested;
    for (const key of path.slice(0, -1)) {
      const next = target[key];
      target = (typeof next === "object" && next !== null ? next : (target[key] = {})) as Record<string, unknown>;
    }
    target[path.at(-1)!] = value;
  }
  return nested;
}

export const settingsFormInput = z.pipe(
  z.transform((fields) => nestFormFields(fields as Record<string, unknown>)),
  settingsFormSchema,
);

/** The "who runs the site" form, posted as "operator.name", "operator.phone" … and "hideDemoNotice". */
export const operatorSettingsInput = z.pipe(
  z.transform((fields) => (typeof fields === "object" && fields !== null ? nestFormFields(fields as Record<string, unknown>) : fields)),
  operatorSettingsSchema,
);
