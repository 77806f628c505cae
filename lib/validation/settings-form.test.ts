import { describe, expect, it } from "vitest";
import { nestFormFields, settingsFormInput } from "./settings-form";

const week = { "hours.1": "08:00-20:00", "hours.2": "08:00 – 12:00, 13:00-18:00", "hours.3": "", "hours.4": "09:00-17:00", "hours.5": "09:00-17:00", "hours.6": "", "hours.7": "" };
const form = {
  coordinatorEmails: "a@clinic.example\nb@clinic.example, c@clinic.example",
  coordinatorLocale: "de",
  responseMinutes: "45",
  timeZone: "Europe/Kyiv",
  spamRetentionDays: "14",
  leadRetentionDays: "365",
  priceStaleAfterDays: "90",
  ...week,
};

describe("settings form", () => {
  it("turns the posted fields into settings", () => {
    const settings = settingsFormInput.parse({
      ...form,
      "rules.0.treatments.tace": "on",
      "rules.0.countries": "de, at",
      "rules.0.recipients": "dach@clinic.example",
      "rules.1.languages.ar": "on",
      "rules.1.recipients": "arabic@clinic.example",
    });
    expect(settings.coordinatorEmails).toEqual(["a@clinic.example", "b@clinic.example", "c@clinic.example"]);
    expect(settings.responseMinutes).toBe(45);
    expect(settings.priceStaleAfterDays).toBe(90);
    expect(settings.workingHours?.timeZone).toBe("Europe/Kyiv");
    expect(settings.workingHours?.week[2]).toEqual([
      { start: "08:00", end: "12:00" },
      { start: "13:00", end: "18:00" },
    ]);
    expect(settings.workingHours?.week[3]).toEqual([]);
    expect(settings.routingRules).toEqual([
      { treatments: ["tace"], countries: ["DE", "AT"], languages: undefined, recipients: ["dach@clinic.example"] },
      { treatments: undefined, countries: undefined, languages: ["ar"], recipients: ["arabic@clinic.example"] },
    ]);
  });

  it("drops removed and blank rules", () => {
    const settings = settingsFormInput.parse({ ...form, "rules.0.remove": "on", "rules.0.recipients": "x@clinic.example", "rules.1.countries": "" , "rules.1.recipients": "" });
    expect(settings.routingRules).toEqual([]);
  });

  it("names the field that is wrong", () => {
    const result = settingsFormInput.safeParse({
      ...form,
      coordinatorEmails: "a@clinic.example, not-an-address",
      "hours.2": "18:00-08:00",
      responseMinutes: "2",
      priceStaleAfterDays: "0",
      "rules.0.countries": "Germany",
      "rules.1.treatments.tace": "on",
    });
    expect(result.success).toBe(false);
    const issues = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(issues).toMatchObject({
      coordinatorEmails: "invalidEmailList",
      "hours.2": "invalidHours",
      responseMinutes: "outOfRange",
      priceStaleAfterDays: "outOfRange",
      "rules.0.countries": "invalidCountries",
    });
  });

  it("asks for recipients on a rule with conditions", () => {
    const result = settingsFormInput.safeParse({ ...form, "rules.0.treatments.tace": "on", "rules.0.recipients": "" });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["rules.0.recipients", "recipientsRequired"]]);
  });

  it("never writes through a prototype", () => {
    const nested = nestFormFields({ "__proto__.polluted": "yes", "constructor.prototype.polluted": "yes", "a.b": "c" });
    expect(nested).toEqual({ a: { b: "c" } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
