import { useLocale, useTranslations } from "next-intl";
import type { Figure } from "@/lib/catalog/figures";
import { formatFigureValue } from "@/lib/i18n/format-figure";

export function FigureList({ figures, headingId }: { figures: Figure[]; headingId: string }) {
  const t = useTranslations("Figures");
  const locale = useLocale();
  if (figures.length === 0) return null;
  return (
    <>
      <p className="caveat">{t("caveat")}</p>
      <dl className="figures" aria-describedby={headingId}>
        {figures.map((figure) => (
          <div key={figure.key} className="figure">
            <dt>{figure.label}</dt>
            <dd className="figure__value">
              {figure.unit === "PATIENTS"
                ? t("patients", { count: figure.value })
                : formatFigureValue(locale, figure)}
            </dd>
            <dd className="figure__population">{t("population", { population: figure.population })}</dd>
            <dd className="figure__source">
              {t("source", { publisher: figure.source.publisher, title: figure.source.title })} (
              {t("kind", { kind: figure.source.kind })})
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
