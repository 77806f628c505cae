import type { CatalogDatabase } from "./database";
import { localizedText, present, reviewDocument } from "./text-rows";

const byOrder = { sortOrder: "asc" } as const;
const figureFields = ["label", "population"] as const;

interface FigureRow {
  key: string;
  value: number;
  valueMax: number | null;
  upTo: boolean;
  unit: string;
  source: { key: string };
  translations: { locale: "en" | "ru" | "uk" | "de" | "ar"; label: string; population: string }[];
}

const figureInclude = { figures: { orderBy: byOrder, include: { source: true, translations: true } } } as const;

const figureDocument = (figure: FigureRow) => ({
  key: figure.key,
  value: figure.value,
  valueMax: present(figure.valueMax),
  upTo: figure.upTo ? (true as const) : undefined,
  unit: figure.unit,
  source: figure.source.key,
  text: localizedText(figure.translations, figureFields),
});

export async function readSources(db: CatalogDatabase) {
  const rows = await db.source.findMany({ orderBy: { key: "asc" } });
  return rows.map((row) => ({
    sortOrder: 0,
    document: { key: row.key, title: row.title, publisher: row.publisher, kind: row.kind, year: present(row.year), url: present(row.url) },
  }));
}

export async function readReviewers(db: CatalogDatabase) {
  const rows = await db.medicalReviewer.findMany({ orderBy: { key: "asc" }, include: { translations: true } });
  return rows.map((row) => ({
    sortOrder: 0,
    document: { key: row.key, isFictionalSample: row.isFictionalSample, text: localizedText(row.translations, ["name", "qualification"]) },
  }));
}

export async function readRecordTypes(db: CatalogDatabase) {
  const rows = await db.recordType.findMany({ orderBy: [byOrder, { key: "asc" }], include: { translations: true } });
  return rows.map((row) => ({
    sortOrder: row.sortOrder,
    document: { key: row.key, text: localizedText(row.translations, ["name", "description"]) },
  }));
}

export async function readTreatments(db: CatalogDatabase) {
  const rows = await db.treatment.findMany({
    orderBy: [byOrder, { slug: "asc" }],
    include: { reviewer: true, translations: true, requiredRecords: { orderBy: byOrder, include: { recordType: true } }, ...figureInclude },
  });
  const fields = ["name", "summary", "metaDescription", "howItWorks", "whoItIsFor", "steps", "preparation", "recovery", "risks"] as const;
  return rows.map((row) => ({
    sortOrder: row.sortOrder,
    document: {
      slug: row.slug,
      ...reviewDocument(row),
      records: row.requiredRecords.map((record) => ({ key: record.recordType.key, required: record.required })),
      figures: row.figures.map(figureDocument),
      text: localizedText(row.translations, fields),
    },
  }));
}

export async function readConditions(db: CatalogDatabase) {
  const rows = await db.condition.findMany({
    orderBy: [byOrder, { slug: "asc" }],
    include: { reviewer: true, translations: true, treatments: { orderBy: byOrder, include: { treatment: true } }, ...figureInclude },
  });
  const fields = ["name", "summary", "metaDescription", "overview", "causes", "symptoms", "diagnosis", "prognosis"] as const;
  return rows.map((row) => ({
    sortOrder: row.sortOrder,
    document: {
      slug: row.slug,
      ...reviewDocument(row),
      treatments: row.treatments.map(({ treatment }) => treatment.slug),
      figures: row.figures.map(figureDocument),
      text: localizedText(row.translations, fields),
    },
  }));
}
