import { useTranslations } from "next-intl";
import { leftToRight } from "@/components/forms/left-to-right";
import type { PriceUnit } from "@/lib/catalog/price-range";
import styles from "./price.module.css";
import { useMoney } from "./use-money";

/** "from $2,550 per operation", or "Price on request" for an offer without a published price. */
export function Price({
  priceFrom,
  currency,
  unit,
}: {
  priceFrom: number | null;
  currency: string | null;
  unit: PriceUnit | null;
}) {
  const t = useTranslations("Prices");
  const money = useMoney();
  if (priceFrom === null || currency === null) return <span className={styles.onRequest}>{t("onRequest")}</span>;
  return (
    <span className={styles.price}>
      {t.rich("from", { price: money(priceFrom, currency), unit: t("unit", { unit: unit ?? "none" }), ltr: leftToRight })}
    </span>
  );
}
