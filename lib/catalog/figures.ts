import type { Locale } from "@/lib/i18n/locales";
import { groupFiguresBySource } from "./figure-groups";
import { inLocale, translated } from "./translation";

export const figureInclude = (locale: Locale) => ({
  orderBy: { sortOrder: "asc" as const },
  include: { translations: inLocale(locale), source: true },
});

type FigureRow = {
  key: string;
  value: number;
  valueMax: number | null;
  upTo: boolean;
  unit: string;
  source: { key: string; title: string; publisher: string; kind: string; year: number | null; url: string | null };
  translations: { label: string; population: string }[];
};

export function toFigure(row: FigureRow) {
  const text = translated(row.translations, `figure ${row.key}`);
  const { key, title, publisher, kind, year, url } = row.source;
  return {
    key: row.key,
    value: row.value,
    valueMax: row.valueMax,
    upTo: row.upTo,
    unit: row.unit,
    label: text.label,
    population: text.population,
    source: { key, title, publisher, kind, year, url },
  };
}

export type Figure = ReturnType<typeof toFigure>;

export const toFigureGroups = (rows: FigureRow[]) => groupFiguresBySource(rows.map(toFigure));
