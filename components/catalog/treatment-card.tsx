import type { PriceSummary } from "@/lib/catalog/price-range";
import { Link } from "@/lib/i18n/link";
import { PricesPublished } from "./price-summary";
import { TreatmentIllustration } from "./treatment-illustration";
import beside from "./beside-heading.module.css";
import styles from "./treatment-card.module.css";
import card from "@/components/ui/card.module.css";

/** `headingLevel` follows the page: 2 where the cards are the page's sections, 3 under a section's own heading. */
export function TreatmentCard({
  treatment,
  headingLevel = 3,
}: {
  headingLevel?: 2 | 3;
  treatment: { slug: string; name: string; summary: string; prices: PriceSummary };
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className={card.card}>
      <div className={beside.row}>
        <TreatmentIllustration slug={treatment.slug} size="card" />
        <Heading className={styles.title}>
          <Link href={`/treatments/${treatment.slug}`}>{treatment.name}</Link>
        </Heading>
      </div>
      <p>{treatment.summary}</p>
      <div className={card.meta}>
        <PricesPublished prices={treatment.prices} />
      </div>
    </article>
  );
}
