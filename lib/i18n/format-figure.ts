import type { Locale } from "./locales";

const intlUnits: Record<string, string> = {
  MONTHS: "month",
  YEARS: "year",
  DAYS: "day",
  HOURS: "hour",
  MILLIMETERS: "millimeter",
};

/** Formats a figure's value (or range) in the visitor's locale; PATIENTS and COUNT are plain numbers. */
export function formatFigureValue(locale: Locale, figure: { value: number; valueMax: number | null; unit: string }) {
  const percent = figure.unit === "PERCENT";
  const unit = intlUnits[figure.unit];
  const format = new Intl.NumberFormat(locale, {
    maximumFractionDigits: 1,
    ...(percent ? { style: "percent" } : unit ? { style: "unit", unit, unitDisplay: "long" } : {}),
  });
  const scale = (n: number) => (percent ? n / 100 : n);
  return figure.valueMax === null
    ? format.format(scale(figure.value))
    : format.formatRange(scale(figure.value), scale(figure.valueMax));
}
