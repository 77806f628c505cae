import type { PriceSummary } from "@/lib/catalog/price-range";
import { Link } from "@/lib/i18n/navigation";
import { PricesPublished } from "./price-summary";

export function TreatmentCard({
  treatment,
}: {
  treatment: { slug: string; name: string; summary: string; prices: PriceSummary };
}) {
  return (
    <article className="card">
      <h3>
        <Link href={`/treatments/${treatment.slug}`}>{treatment.name}</Link>
      </h3>
      <p>{treatment.summary}</p>
      <div className="card__meta">
        <PricesPublished prices={treatment.prices} />
      </div>
    </article>
  );
}
