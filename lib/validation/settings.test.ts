import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { operatorSchema, settingBounds, settingsSchema } from "./settings";
import { operatorSettingsInput, settingsFormInput } from "./settings-form";

const form = {
  coordinatorEmails: "a@clinic.example",
  coordinatorLocale: "en",
  responseMinutes: "30",
  timeZone: "Europe/Berlin",
  spamRetentionDays: "30",
  leadRetentionDays: "730",
  priceStaleAfterDays: "180",
  ...Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((day) => [`hours.${day}`, ""])),
};

// What the settings page accepts must be what the settings store keeps: a value the form let through and the store
// refused would fail the whole save instead of marking the field.
describe("the settings form and the stored settings", () => {
  it.each(["responseMinutes", "spamRetentionDays", "leadRetentionDays", "priceStaleAfterDays"] as const)("agree on every whole number for %s", (key) => {
    const { min, max } = settingBounds[key];
    const nearBounds = fc.constantFrom(min, max).chain((bound) => fc.integer({ min: bound - 2, max: bound + 2 }));
    fc.assert(
      fc.property(fc.oneof(nearBounds, fc.integer({ min: -100, max: 20_000 })), (value) => {
        const posted = settingsFormInput.safeParse({ ...form, [key]: String(value) });
        const stored = settingsSchema.shape[key].safeParse(value);
        expect(posted.success).toBe(stored.success);
      }),
    );
  });

  it("agree on every time of day", () => {
    const digits = fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 1, maxLength: 2 });
    const twoDigits = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, "0"));
    const clock = fc.oneof(fc.tuple(twoDigits(30), twoDigits(70)), fc.tuple(digits, digits)).map(([hours, minutes]) => `${hours}:${minutes}`);
    fc.assert(
      fc.property(clock, (time) => {
        const posted = settingsFormInput.safeParse({ ...form, "hours.1": `00:00-${time}` });
        const stored = settingsSchema.shape.workingHours.safeParse({ timeZone: "UTC", week: { 1: [{ start: "00:00", end: time }], 2: [], 3: [], 4: [], 5: [], 6: [], 7: [] } });
        // The form also wants an interval to end after it starts.
        expect(posted.success).toBe(stored.success && time !== "00:00");
      }),
    );
  });
});

// The operator is stored as the form's output and read back through the same schema, so every output must read back
// unchanged, or a saved operator would silently disappear from the site.
describe("the operator's details", () => {
  const line = fc.oneof(fc.string({ maxLength: 320 }), fc.constantFrom("", " ", "Careport GmbH", "Beispielstraße 1, Berlin", "\u0000", "e\u0301"));
  const phone = fc.oneof(line, fc.constantFrom("+44 20 7946 0958", "+61 491 570 006", "+4930123456", "020 7946 0958", " +1 (202) 555-0123 "));
  const email = fc.oneof(line, fc.emailAddress(), fc.constantFrom(" desk@careport.example "));

  it("read back exactly as the settings page saved them", () => {
    fc.assert(
      fc.property(fc.record({ name: line, legalEntity: line, address: line, phone, whatsApp: phone, email }), (operator) => {
        const posted = operatorSettingsInput.safeParse(Object.fromEntries(Object.entries(operator).map(([key, value]) => [`operator.${key}`, value])));
        if (!posted.success || !posted.data.operator) return;
        expect(operatorSchema.parse(posted.data.operator)).toEqual(posted.data.operator);
      }),
      { numRuns: 500 },
    );
  });
});
