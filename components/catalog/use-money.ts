import { useFormatter } from "next-intl";

/** A whole amount in the currency a clinic quotes, in the visitor's locale; never converted. */
export function useMoney() {
  const format = useFormatter();
  return (amount: number, currency: string) =>
    format.number(amount, { style: "currency", currency, maximumFractionDigits: 0 });
}
