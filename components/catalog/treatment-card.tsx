import { useTranslations } from "next-intl";
import type { PriceRange } from "@/lib/catalog/price-range";
import { Link } from "@/lib/i18n/navigation";
import { Price } from "./price";

export function TreatmentCard({
  treatment,
}: {
  treatment: {
    slug: string;
    name: string;
    summary: string;
    clinicCount: number;
    prices: { ranges: PriceRange[]; onRequestCount: number };
  };
}) {
  const t = useTranslations("Treatment");
  return (
    <article className="card">
      <h3>
        <Link href={`/treatments/${treatment.slug}`}>{treatment.name}</Link>
      </h3>
      <p>{treatment.summary}</p>
      <p className="card__meta">
        {treatment.prices.ranges.length === 0 ? (
          <Price priceFrom={null} currency={null} />
        ) : (
          treatment.prices.ranges.map((range) => (
            <Price key={range.currency} priceFrom={range.min} currency={range.currency} />
          ))
        )}{" "}
        ·{" "}
        {t("clinicCount", { count: treatment.clinicCount })}
      </p>
    </article>
  );
}
