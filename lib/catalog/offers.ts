import type { PriceUnit, ServiceFeeModel } from "@/lib/generated/prisma/enums";

type Money = { toNumber(): number } | null;
const amount = (money: Money) => (money === null ? null : money.toNumber());
type OfferRow = { priceFrom: Money; currency: string | null; priceUnit: PriceUnit | null; checkedOn?: Date };

export function toOffer<T extends OfferRow>(row: T) {
  return {
    priceFrom: amount(row.priceFrom),
    currency: row.currency,
    priceUnit: row.priceUnit,
    checkedOn: row.checkedOn ?? null,
  };
}

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
