import { useFormatter, useTranslations } from "next-intl";

export function Price({ priceFrom, currency }: { priceFrom: number | null; currency: string | null }) {
  const t = useTranslations("Prices");
  const format = useFormatter();
  if (priceFrom === null || currency === null) return <span className="price price--on-request">{t("onRequest")}</span>;
  return (
    <span className="price">
      {t("from", { price: format.number(priceFrom, { style: "currency", currency, maximumFractionDigits: 0 }) })}
    </span>
  );
}
