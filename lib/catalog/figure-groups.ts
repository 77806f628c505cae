import type { Figure } from "./figures";

export interface FigureGroup {
  source: Figure["source"];
  /** Stated once for the group when every figure of the source was measured in the same patients. */
  population: string | null;
  figures: (Omit<Figure, "source" | "population"> & { population: string | null })[];
}

/** Figures under their source, in the order the sources first appear, so a source and its patients are named once. */
export function groupFiguresBySource(figures: Figure[]): FigureGroup[] {
  const bySource = new Map<string, Figure[]>();
  for (const figure of figures) bySource.set(figure.source.key, [...(bySource.get(figure.source.key) ?? []), figure]);
  return [...bySource.values()].map((members) => {
    const shared = new Set(members.map((figure) => figure.population)).size === 1 ? members[0]!.population : null;
    return {
      source: members[0]!.source,
      population: shared,
      figures: members.map((figure) => ({
        key: figure.key,
        value: figure.value,
        valueMax: figure.valueMax,
        upTo: figure.upTo,
        unit: figure.unit,
        label: figure.label,
        population: shared === null ? figure.population : null,
      })),
    };
  });
}
