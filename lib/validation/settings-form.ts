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
function listOf(item: z.ZodType<string>, message: string, max: number) {
  return z
    .string()
    .max(max * 100, "tooLong")
    .prefault("")
    .transform((text, context) => {
      const items = text.split(/[\s,;]+/).filter(Boolean);
      if (items.length > max) context.addIssue({ code: "custom", message: "tooLong" });
      else if (!items.every((value) => item.safeParse(value).success)) context.addIssue({ code: "custom", message });
      return items;
    });
}

const emailList = listOf(z.email().max(254), "invalidEmailList", 50);

/** "08:00-12:00, 13:00-18:00"; empty means closed all day. */
const dayHours = z
  .string()
  .max(200, "tooLong")
  .transform((text, context) => {
    const intervals = text.split(",").map((part) => part.trim()).filter(Boolean).map((part) => part.split(/\s*[-–]\s*/));
    const valid = intervals.every(([start, end, ...rest]) => rest.length === 0 && localTimePattern.test(start ?? "") && localTimePattern.test(end ?? "") && start! < end!);
    if (!valid) context.addIssue({ code: "custom", message: "invalidHours" });
    return intervals.map(([start, end]) => ({ start: start!, end: end! }));
  });

const whole = ({ min, max }: { min: number; max: number }) =>
  z.coerce.number({ error: "outOfRange" }).int("outOfRange").min(min, "outOfRange").max(max, "outOfRange");

/** Checkboxes named after what they choose (a slug, a locale): a crafted name is refused, not stored. */
const checked = z
  .record(slug, z.literal("on"))
  .optional()
  .transform((boxes) => Object.keys(boxes ?? {}));

const routingRuleForm = z.object({
  remove: z.literal("on").optional(),
  treatments: checked,
  languages: checked.pipe(z.array(z.enum(locales))),
  countries: listOf(z.string().regex(/^[A-Za-z]{2}$/), "invalidCountries", 250).transform((codes) => codes.map((code) => code.toUpperCase())),
  recipients: emailList,
});

export const settingsFormSchema = z
  .object({
    coordinatorEmails: emailList,
    coordinatorLocale: z.enum(locales),
    responseMinutes: whole(settingBounds.responseMinutes),
    timeZone: timeZoneSchema,
    hours: z.object(Object.fromEntries(weekdays.map((day) => [day, dayHours])) as Record<(typeof weekdays)[number], typeof dayHours>),
    spamRetentionDays: whole(settingBounds.spamRetentionDays),
    leadRetentionDays: whole(settingBounds.leadRetentionDays),
    priceStaleAfterDays: whole(settingBounds.priceStaleAfterDays),
    requireTwoFactor: z.literal("on").optional(),
    rules: z.record(z.string(), routingRuleForm).optional(),
  })
  .transform((form, context): Partial<Settings> => {
    const rules = Object.entries(form.rules ?? {})
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([index, rule]) => ({ index, rule }))
      .filter(({ rule }) => !rule.remove && (rule.recipients.length || rule.treatments.length || rule.countries.length || rule.languages.length));
    for (const { index, rule } of rules) {
      if (!rule.recipients.length) context.addIssue({ code: "custom", path: ["rules", index, "recipients"], message: "recipientsRequired" });
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
  });

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

export const settingsFormInput = z.preprocess((fields) => nestFormFields(fields as Record<string, unknown>), settingsFormSchema);

/** The "who runs the site" form, posted as "operator.name", "operator.phone" … and "hideDemoNotice". */
export const operatorSettingsInput = z.preprocess(
  (fields) => (typeof fields === "object" && fields !== null ? nestFormFields(fields as Record<string, unknown>) : fields),
  operatorSettingsSchema,
);
