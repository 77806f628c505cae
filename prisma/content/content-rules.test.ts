import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatCatalogContent, shippedCatalogFile } from "@/lib/catalog-content/content-file";
import { catalogContentSchema, describeContentIssues } from "@/lib/validation/catalog-content/catalog";

const fileText = readFileSync(shippedCatalogFile, "utf8");
const parsed = catalogContentSchema.safeParse(JSON.parse(fileText));
const catalog = parsed.data!;

function allStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === "object") return Object.values(value).flatMap(allStrings);
  return [];
}

describe("the shipped content file", () => {
  it("passes the content schema: every locale, reference, price and date in order", () => {
    expect(parsed.success ? [] : describeContentIssues(parsed.error)).toEqual([]);
  });

  it("is written the way the export writes it, so an export after a seed shows no diff", () => {
    expect(formatCatalogContent(catalog)).toBe(fileText);
  });

  it("never promotes unproven cancer vaccines", () => {
    const cancerVaccine = /cancer vaccin|autovaccin|xenovaccin|аутовакцин|ксеновакцин|вакцин\S* (от|против|проти) рак|krebsimpf|لقاح\S* (ضد )?السرطان/i;
    expect(allStrings(catalog).filter((text) => cancerVaccine.test(text))).toEqual([]);
    const immunotherapy = catalog.treatments.find((treatment) => treatment.slug === "immunotherapy")!;
    expect(allStrings(immunotherapy).filter((text) => /vaccin|вакцин|impfstoff|vakzin|لقاح/i.test(text))).toEqual([]);
  });

  it("does not repeat the source's 'renal failure' where liver failure is meant", () => {
    expect(allStrings(catalog.conditions).filter((text) => /renal failure/i.test(text))).toEqual([]);
  });
});
