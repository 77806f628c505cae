import { useFormatter, useTranslations } from "next-intl";
import type { PriceRange } from "@/lib/catalog/price-range";

export function PriceSummary({ prices }: { prices: { ranges: PriceRange[]; onRequestCount: number } }) {
  const t = useTranslations("Prices");
  const format = useFormatter();
  const money = (value: number, currency: string) =>
    format.number(value, { style: "currency", currency, maximumFractionDigits: 0 });
  return (
    <div className="price-summary">
      <h3>{t("typicalRange")}</h3>
      {prices.ranges.length === 0 ? (
        <p>{t("noPrices")}</p>
      ) : (
        <ul>
          {prices.ranges.map((range) => (
            <li key={range.currency}>
              <strong>
                {range.min === range.max
                  ? t("from", { price: money(range.min, range.currency) })
                  : t("range", { min: money(range.min, range.currency), max: money(range.max, range.currency) })}
              </strong>{" "}
              ({t("clinicsWithPrice", { count: range.clinicCount, currency: range.currency })})
            </li>
          ))}
          {prices.onRequestCount > 0 && <li>{t("onRequestCount", { count: prices.onRequestCount })}</li>}
        </ul>
      )}
      <p className="hint">
        {t("perCurrencyNote")} {t("finalPrice")}
      </p>
    </div>
  );
}
