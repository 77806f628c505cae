import type { PriceUnit } from "@/lib/generated/prisma/enums";

export type { PriceUnit };

export interface PricedOffer {
  priceFrom: number | null;
  currency: string | null;
  priceUnit: PriceUnit | null;
}

export interface PriceRange {
  currency: string;
  unit: PriceUnit | null;
  min: number;
  max: number;
  clinicCount: number;
}

/** How many of a treatment's clinics publish a price, and what those prices are. */
export interface PriceSummary {
  clinicCount: number;
  pricedCount: number;
  ranges: PriceRange[];
}

/**
 * One range per currency and unit, never converted or mixed (a price per session is not a price per course);
 * offers without a price count only as clinics that quote on request.
 */
export function summarizePrices(offers: PricedOffer[]): PriceSummary {
  const byCurrencyAndUnit = new Map<string, PriceRange>();
  for (const { priceFrom, currency, priceUnit } of offers) {
    if (priceFrom === null || currency === null) continue;
    const key = `${currency} ${priceUnit}`;
    const range = byCurrencyAndUnit.get(key);
    if (range) {
      range.min = Math.min(range.min, priceFrom);
      range.max = Math.max(range.max, priceFrom);
      range.clinicCount += 1;
    } else {
      byCurrencyAndUnit.set(key, { currency, unit: priceUnit, min: priceFrom, max: priceFrom, clinicCount: 1 });
    }
  }
  const ranges = [...byCurrencyAndUnit.values()].sort(
    (a, b) => a.currency.localeCompare(b.currency) || String(a.unit).localeCompare(String(b.unit)),
  );
  const pricedCount = ranges.reduce((sum, range) => sum + range.clinicCount, 0);
  return { clinicCount: offers.length, pricedCount, ranges };
}
