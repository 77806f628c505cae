import { describe, expect, it } from "vitest";
import { summarizePrices } from "./price-range";

const onRequest = { priceFrom: null, currency: null, priceUnit: null };

describe("summarizePrices", () => {
  it("says how many of the clinics publish a price, and what each price is for", () => {
    const summary = summarizePrices([
      onRequest,
      { priceFrom: 2550, currency: "USD", priceUnit: "OPERATION" },
      onRequest,
      onRequest,
      onRequest,
    ]);
    expect(summary).toEqual({
      clinicCount: 5,
      pricedCount: 1,
      ranges: [{ currency: "USD", unit: "OPERATION", min: 2550, max: 2550, clinicCount: 1 }],
    });
  });

  it("keeps each currency in its own range instead of mixing them", () => {
    const summary = summarizePrices([
      { priceFrom: 3200, currency: "USD", priceUnit: "PROCEDURE" },
      { priceFrom: 9000, currency: "EUR", priceUnit: "PROCEDURE" },
      { priceFrom: 2550, currency: "USD", priceUnit: "PROCEDURE" },
      { priceFrom: 12000, currency: "EUR", priceUnit: "PROCEDURE" },
    ]);
    expect(summary.ranges).toEqual([
      { currency: "EUR", unit: "PROCEDURE", min: 9000, max: 12000, clinicCount: 2 },
      { currency: "USD", unit: "PROCEDURE", min: 2550, max: 3200, clinicCount: 2 },
    ]);
    expect(summary.pricedCount).toBe(4);
  });

  it("never puts a price per session in the same range as a price per course", () => {
    const summary = summarizePrices([
      { priceFrom: 400, currency: "EUR", priceUnit: "SESSION" },
      { priceFrom: 6000, currency: "EUR", priceUnit: "COURSE" },
    ]);
    expect(summary.ranges.map((range) => [range.unit, range.min, range.max])).toEqual([
      ["COURSE", 6000, 6000],
      ["SESSION", 400, 400],
    ]);
  });

  it("has no range when every clinic prices on request", () => {
    expect(summarizePrices([onRequest, onRequest])).toEqual({ clinicCount: 2, pricedCount: 0, ranges: [] });
  });
});
