import type { Locale } from "@/lib/i18n/locales";
import { inLocale, translated } from "./translation";

export const figureInclude = (locale: Locale) => ({
  orderBy: { sortOrder: "asc" as const },
  include: { translations: inLocale(locale), source: true },
});

type FigureRow = {
  key: string;
  value: number;
  valueMax: number | null;
  unit: string;
  source: { title: string; publisher: string; kind: string };
  translations: { label: string; population: string }[];
};

export function toFigure(row: FigureRow) {
  const text = translated(row.translations, `figure ${row.key}`);
  return {
    key: row.key,
    value: row.value,
    valueMax: row.valueMax,
    unit: row.unit,
    label: text.label,
    population: text.population,
    source: row.source,
  };
}

export type Figure = ReturnType<typeof toFigure>;
