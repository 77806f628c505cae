import { Fragment } from "react";
import { useTranslations } from "next-intl";
import { leftToRight } from "@/components/forms/left-to-right";
import type { PriceRange, PriceSummary as Summary } from "@/lib/catalog/price-range";
import styles from "./price-summary.module.css";
import { useMoney } from "./use-money";
import text from "@/components/ui/text.module.css";

/** "1 of 5 clinics publishes a price: from $2,550 per operation" — how many clinics price, and for what. */
export function PricesPublished({ prices }: { prices: Summary }) {
  const t = useTranslations("Prices");
  const money = useMoney();
  if (prices.pricedCount === 0) return <p className={styles.sentence}>{t("nonePublished", { total: prices.clinicCount })}</p>;
  const describe = (range: PriceRange) => {
    const unit = t("unit", { unit: range.unit ?? "none" });
    return range.min === range.max
      ? t.rich("from", { price: money(range.min, range.currency), unit, ltr: leftToRight })
      : t.rich("range", { min: money(range.min, range.currency), max: money(range.max, range.currency), unit, ltr: leftToRight });
  };
  return (
    <p className={styles.sentence}>
      {t("published", { priced: prices.pricedCount, total: prices.clinicCount })}{" "}
      {prices.ranges.map((range, index) => (
        <Fragment key={`${range.currency} ${range.unit}`}>
          {index > 0 && "; "}
          <strong>{describe(range)}</strong>
        </Fragment>
      ))}
    </p>
  );
}

export function PriceSummary({ prices }: { prices: Summary }) {
  const t = useTranslations("Prices");
  return (
    <div className={styles.summary}>
      <h3>{t("publishedPrices")}</h3>
      <PricesPublished prices={prices} />
      <p className={text.hint}>
        {t("perCurrencyNote")} {t("finalPrice")}
      </p>
    </div>
  );
}
