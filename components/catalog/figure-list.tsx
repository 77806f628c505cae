import { useFormatter, useLocale, useTranslations } from "next-intl";
import { leftToRight } from "@/components/forms/left-to-right";
import type { FigureGroup } from "@/lib/catalog/figure-groups";
import { formatFigureValue } from "@/lib/i18n/format-figure";
import styles from "./figure-list.module.css";

/** Published figures under their source: each source, and the patients its figures describe, is named once. */
export function FigureList({ groups }: { groups: FigureGroup[] }) {
  const t = useTranslations("Figures");
  if (groups.length === 0) return null;
  return (
    <>
      <p className={styles.caveat}>{t("caveat")}</p>
      {groups.map((group) => (
        <section key={group.source.key} className={styles.group} aria-labelledby={`source-${group.source.key}`}>
          <h3 id={`source-${group.source.key}`} className={styles.title}>
            {group.source.title}
          </h3>
          <SourceDetails source={group.source} />
          {group.population && <p className={styles.population}>{t("population", { population: group.population })}</p>}
          <dl className={styles.figures}>
            {group.figures.map((figure) => (
              <div key={figure.key} className={styles.figure}>
                <dt>{figure.label}</dt>
                <dd className={styles.value}>
                  <FigureValue figure={figure} />
                </dd>
                {figure.population && (
                  <dd className={styles.population}>{t("population", { population: figure.population })}</dd>
                )}
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}

function SourceDetails({ source }: { source: FigureGroup["source"] }) {
  const t = useTranslations("Figures");
  const format = useFormatter();
  return (
    <p className={styles.source}>
      {source.publisher} · {t("kind", { kind: source.kind })} ·{" "}
      {source.year === null
        ? t("undated")
        : t.rich("year", { year: format.number(source.year, { useGrouping: false }), ltr: leftToRight })}
      {source.url && (
        <>
          {" · "}
          <a href={source.url} rel="noopener noreferrer">
            {t("link")}
          </a>
        </>
      )}
    </p>
  );
}

function FigureValue({ figure }: { figure: FigureGroup["figures"][number] }) {
  const t = useTranslations("Figures");
  const locale = useLocale();
  const value = figure.unit === "PATIENTS" ? t("patients", { count: figure.value }) : formatFigureValue(locale, figure);
  return figure.upTo ? t.rich("upTo", { value, ltr: leftToRight }) : value;
}
