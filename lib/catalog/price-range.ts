export interface PricedOffer {
  priceFrom: number | null;
  currency: string | null;
}

export interface PriceRange {
  currency: string;
  min: number;
  max: number;
  clinicCount: number;
}

/** One range per currency, never converted or mixed; offers without a price are counted as "on request". */
export function priceRangesByCurrency(offers: PricedOffer[]): { ranges: PriceRange[]; onRequestCount: number } {
  const byCurrency = new Map<string, PriceRange>();
  let onRequestCount = 0;
  for (const { priceFrom, currency } of offers) {
    if (priceFrom === null || currency === null) {
      onRequestCount += 1;
      continue;
    }
    const range = byCurrency.get(currency);
    if (range) {
      range.min = Math.min(range.min, priceFrom);
      range.max = Math.max(range.max, priceFrom);
      range.clinicCount += 1;
    } else {
      byCurrency.set(currency, { currency, min: priceFrom, max: priceFrom, clinicCount: 1 });
    }
  }
  const ranges = [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency));
  return { ranges, onRequestCount };
}
