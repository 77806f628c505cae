import { describe, expect, it } from "vitest";
import { formatFigureValue } from "./format-figure";

describe("formatFigureValue", () => {
  it("formats percentages in the visitor's locale", () => {
    expect(formatFigureValue("en", { value: 81.7, valueMax: null, unit: "PERCENT" })).toBe("81.7%");
    expect(formatFigureValue("de", { value: 81.7, valueMax: null, unit: "PERCENT" })).toMatch(/^81,7\s%$/);
  });

  it("formats ranges with units", () => {
    expect(formatFigureValue("en", { value: 6, valueMax: 18, unit: "MONTHS" })).toBe("6–18 months");
    expect(formatFigureValue("ru", { value: 6, valueMax: 18, unit: "MONTHS" })).toMatch(/6.18 месяц/);
  });

  it("leaves counts as plain numbers", () => {
    expect(formatFigureValue("en", { value: 60, valueMax: null, unit: "PATIENTS" })).toBe("60");
  });
});
