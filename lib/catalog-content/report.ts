import type { CatalogContent } from "@/lib/validation/catalog-content/catalog";
import { catalogKinds, itemName, type CatalogItems, type CatalogKind } from "./read";

/** What an import did to one kind of item, by slug or key. */
export interface KindReport {
  created: string[];
  updated: string[];
  unchanged: string[];
  /** In the database but not in the file: left as they are (leads may reference them). */
  notInFile: string[];
}

export type ImportReport = Record<CatalogKind, KindReport>;

const fingerprints = (items: CatalogItems[CatalogKind]) =>
  new Map(items.map(({ sortOrder, document }) => [itemName(document), JSON.stringify({ sortOrder, document })]));

/** Compares each item as the database held it before and after the import, so "updated" means something changed. */
export function compareCatalogs(before: CatalogItems, after: CatalogItems, content: CatalogContent): ImportReport {
  const kindReport = (kind: CatalogKind): KindReport => {
    const old = fingerprints(before[kind]);
    const now = fingerprints(after[kind]);
    const inFile = content[kind].map(itemName);
    return {
      created: inFile.filter((name) => !old.has(name)),
      updated: inFile.filter((name) => old.has(name) && old.get(name) !== now.get(name)),
      unchanged: inFile.filter((name) => old.has(name) && old.get(name) === now.get(name)),
      notInFile: [...now.keys()].filter((name) => !inFile.includes(name)),
    };
  };
  return Object.fromEntries(catalogKinds.map((kind) => [kind, kindReport(kind)])) as ImportReport;
}

/** The report as a few lines for a terminal: counts per kind, then the names of what changed or was left. */
export function describeImportReport(report: ImportReport): string[] {
  return catalogKinds.flatMap((kind) => {
    const { created, updated, unchanged, notInFile } = report[kind];
    const counts = `${kind}: ${created.length} created, ${updated.length} updated, ${unchanged.length} unchanged, ${notInFile.length} not in file`;
    const named = (label: string, names: string[]) => (names.length ? [`  ${label}: ${names.join(", ")}`] : []);
    return [counts, ...named("created", created), ...named("updated", updated), ...named("not in file (left as is)", notInFile)];
  });
}
