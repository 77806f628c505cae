import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/locales";
import { catalogSeed } from "./index";

function allStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === "object") return Object.values(value).flatMap(allStrings);
  return [];
}

describe("seeded medical content", () => {
  it("never promotes unproven cancer vaccines", () => {
    const cancerVaccine = /cancer vaccin|autovaccin|xenovaccin|аутовакцин|ксеновакцин|вакцин\S* (от|против|проти) рак|krebsimpf|لقاح\S* (ضد )?السرطان/i;
    expect(allStrings(catalogSeed).filter((text) => cancerVaccine.test(text))).toEqual([]);
    const immunotherapy = catalogSeed.treatments.find((treatment) => treatment.slug === "immunotherapy")!;
    expect(allStrings(immunotherapy).filter((text) => /vaccin|вакцин|impfstoff|vakzin|لقاح/i.test(text))).toEqual([]);
  });

  it("does not repeat the source's 'renal failure' where liver failure is meant", () => {
    expect(allStrings(catalogSeed.conditions).filter((text) => /renal failure/i.test(text))).toEqual([]);
  });

  it("has every text in all five locales", () => {
    const withText = [
      ...catalogSeed.conditions,
      ...catalogSeed.treatments,
      ...catalogSeed.recordTypes,
      ...catalogSeed.reviewers,
      ...catalogSeed.clinics,
      ...catalogSeed.doctors,
      ...catalogSeed.clinics.flatMap((clinic) => clinic.offers),
      ...catalogSeed.treatments.flatMap((treatment) => treatment.figures),
      ...catalogSeed.conditions.flatMap((condition) => condition.figures),
    ];
    for (const item of withText) expect(Object.keys(item.text).sort()).toEqual([...locales].sort());
  });

  it("only gives a price that has a source and a currency; every other price is on request", () => {
    for (const clinic of catalogSeed.clinics) {
      for (const offer of clinic.offers) {
        const label = `${clinic.slug}/${offer.treatment}`;
        if (offer.priceFrom === undefined) {
          expect(offer.currency, label).toBeUndefined();
          expect(offer.priceUnit, label).toBeUndefined();
        } else {
          expect(offer.currency, label).toMatch(/^[A-Z]{3}$/);
          expect(offer.priceSource, label).toBeDefined();
          expect(offer.priceUnit, label).toBeDefined();
        }
      }
    }
  });

  it("says “up to” beside a figure's number, never in its label", () => {
    const figures = [...catalogSeed.treatments, ...catalogSeed.conditions].flatMap((item) => item.figures);
    const labels = figures.flatMap((figure) => Object.values(figure.text).map((text) => text.label));
    expect(labels.filter((label) => /\((up to|до|bis zu|حتى)\)/i.test(label))).toEqual([]);
  });

  it("keeps search snippets within 160 characters", () => {
    const items = [...catalogSeed.conditions, ...catalogSeed.treatments, ...catalogSeed.clinics, ...catalogSeed.doctors];
    for (const item of items) {
      for (const locale of locales) expect(item.text[locale].metaDescription.length, `${item.slug}/${locale}`).toBeLessThanOrEqual(160);
    }
  });

});
