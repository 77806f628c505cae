type OfferRow = { priceFrom: { toNumber(): number } | null; currency: string | null; checkedOn?: Date };

export function toOffer<T extends OfferRow>(row: T) {
  return {
    priceFrom: row.priceFrom === null ? null : row.priceFrom.toNumber(),
    currency: row.currency,
    checkedOn: row.checkedOn ?? null,
  };
}
