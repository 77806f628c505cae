import { useTranslations } from "next-intl";
import type { PriceRange } from "@/lib/catalog/price-range";
import { Link } from "@/lib/i18n/navigation";
import { Price } from "./price";
import styles from "./treatment-card.module.css";

/** `headingLevel` follows the page: 2 where the cards are the page's sections, 3 under a section's own heading. */
export function TreatmentCard({
  treatment,
  headingLevel = 3,
}: {
  headingLevel?: 2 | 3;
  treatment: {
    slug: string;
    name: string;
    summary: string;
    clinicCount: number;
    prices: { ranges: PriceRange[]; onRequestCount: number };
  };
}) {
  const t = useTranslations("Treatment");
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="card">
      <Heading className={styles.title}>
        <Link href={`/treatments/${treatment.slug}`}>{treatment.name}</Link>
      </Heading>
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
