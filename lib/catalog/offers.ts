import type { PriceUnit, ServiceFeeModel } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { isPriceStale } from "./price-freshness";
import { translated } from "./translation";

type Money = { toNumber(): number } | null;
const amount = (money: Money) => (money === null ? null : money.toNumber());
type OfferRow = { priceFrom: Money; currency: string | null; priceUnit: PriceUnit | null; checkedOn?: Date };

/** When prices count as stale: the `priceStaleAfterDays` setting, applied at `now`. */
export type PriceFreshnessRule = { now: Date; staleAfterDays: number };

/** A price, and when it was last confirmed: only a published price has a date worth showing. */
export function toOffer<T extends OfferRow>(row: T, freshness?: PriceFreshnessRule) {
  const priceFrom = amount(row.priceFrom);
  const confirmed = priceFrom !== null && row.checkedOn && freshness ? row.checkedOn : null;
  return {
    priceFrom,
    currency: row.currency,
    priceUnit: row.priceUnit,
    priceConfirmed: confirmed && { on: confirmed, stale: isPriceStale(confirmed, freshness!.now, freshness!.staleAfterDays) },
  };
}

/** What an offer includes and excludes, loaded with inLocaleOrEnglish, and in which locale that text is. */
export function offerText(translations: { locale: Locale; includes: string; excludes: string }[], offerId: string) {
  const text = translated(translations, `offer ${offerId}`);
  return { includes: text.includes, excludes: text.excludes, textLocale: text.locale };
}

export type PriceConfirmation = ReturnType<typeof toOffer>["priceConfirmed"];

type ClinicFeeRow = {
  serviceFeeModel: ServiceFeeModel;
  serviceFeeMin: Money;
  serviceFeeMax: Money;
  serviceFeeCurrency: string | null;
};

/** How Careport is paid for a listing, with the coordination fee a patient pays when one is published. */
export function toServiceFee(row: ClinicFeeRow) {
  return {
    model: row.serviceFeeModel,
    min: amount(row.serviceFeeMin),
    max: amount(row.serviceFeeMax),
    currency: row.serviceFeeCurrency,
  };
}

export type ServiceFee = ReturnType<typeof toServiceFee>;
