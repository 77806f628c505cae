import type { PriceUnit, ServiceFeeModel } from "@/lib/generated/prisma/enums";

type Money = { toNumber(): number } | null;
type OfferRow = { priceFrom: Money; currency: string | null; priceUnit: PriceUnit | null; checkedOn?: Date };

export function toOffer<T extends OfferRow>(row: T) {
  return {
    priceFrom: row.priceFrom === null ? null : row.priceFrom.toNumber(),
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
    min: row.serviceFeeMin === null ? null : row.serviceFeeMin.toNumber(),
    max: row.serviceFeeMax === null ? null : row.serviceFeeMax.toNumber(),
    currency: row.serviceFeeCurrency,
  };
}

export type ServiceFee = ReturnType<typeof toServiceFee>;
