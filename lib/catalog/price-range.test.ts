import { describe, expect, it } from "vitest";
import { priceRangesByCurrency } from "./price-range";

describe("priceRangesByCurrency", () => {
  it("keeps each currency in its own range instead of mixing them", () => {
    const result = priceRangesByCurrency([
      { priceFrom: 3200, currency: "USD" },
      { priceFrom: 9000, currency: "EUR" },
      { priceFrom: 2550, currency: "USD" },
      { priceFrom: 12000, currency: "EUR" },
    ]);
    expect(result.ranges).toEqual([
      { currency: "EUR", min: 9000, max: 12000, clinicCount: 2 },
      { currency: "USD", min: 2550, max: 3200, clinicCount: 2 },
    ]);
  });

  it("counts offers without a price as on request", () => {
    const result = priceRangesByCurrency([
      { priceFrom: null, currency: null },
      { priceFrom: 1900, currency: "USD" },
      { priceFrom: null, currency: null },
    ]);
    expect(result.onRequestCount).toBe(2);
    expect(result.ranges).toEqual([{ currency: "USD", min: 1900, max: 1900, clinicCount: 1 }]);
  });

  it("returns no range when every clinic prices on request", () => {
    expect(priceRangesByCurrency([{ priceFrom: null, currency: null }])).toEqual({ ranges: [], onRequestCount: 1 });
  });
});
