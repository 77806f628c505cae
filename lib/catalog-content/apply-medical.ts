import type { CatalogContent } from "@/lib/validation/catalog-content/catalog";
import type { FigureContent } from "@/lib/validation/catalog-content/figures";
import type { CatalogDatabase } from "./database";
import { fromIsoDay, translationRows } from "./text-rows";

export type IdsByName = Map<string, string>;

async function applyFigures(tx: CatalogDatabase, figures: FigureContent[], owner: { conditionId: string | null; treatmentId: string | null }, sourceIds: IdsByName) {
  for (const [sortOrder, figure] of figures.entries()) {
    const data = {
      value: figure.value,
      valueMax: figure.valueMax ?? null,
      upTo: figure.upTo ?? false,
      unit: figure.unit,
      sortOrder,
      sourceId: sourceIds.get(figure.source)!,
      ...owner,
    };
    const row = await tx.figure.upsert({ where: { key: figure.key }, create: { key: figure.key, ...data }, update: data });
    for (const text of translationRows(figure.text)) {
      await tx.figureTranslation.upsert({ where: { figureId_locale: { figureId: row.id, locale: text.locale } }, create: { figureId: row.id, ...text }, update: text });
    }
  }
  const ownedBy = owner.conditionId ? { conditionId: owner.conditionId } : { treatmentId: owner.treatmentId };
  await tx.figure.deleteMany({ where: { ...ownedBy, key: { notIn: figures.map((figure) => figure.key) } } });
}

export async function applySources(tx: CatalogDatabase, sources: CatalogContent["sources"]): Promise<IdsByName> {
  const ids: IdsByName = new Map();
  for (const source of sources) {
    const data = { ...source, year: source.year ?? null, url: source.url ?? null };
    ids.set(source.key, (await tx.source.upsert({ where: { key: source.key }, create: data, update: data })).id);
  }
  return ids;
}

export async function applyReviewers(tx: CatalogDatabase, reviewers: CatalogContent["reviewers"]): Promise<IdsByName> {
  const ids: IdsByName = new Map();
  for (const { key, isFictionalSample, text } of reviewers) {
    const row = await tx.medicalReviewer.upsert({ where: { key }, create: { key, isFictionalSample }, update: { isFictionalSample } });
    ids.set(key, row.id);
    for (const translation of translationRows(text)) {
      await tx.medicalReviewerTranslation.upsert({
        where: { reviewerId_locale: { reviewerId: row.id, locale: translation.locale } },
        create: { reviewerId: row.id, ...translation },
        update: translation,
      });
    }
  }
  return ids;
}

export async function applyRecordTypes(tx: CatalogDatabase, recordTypes: CatalogContent["recordTypes"]): Promise<IdsByName> {
  const ids: IdsByName = new Map();
  for (const [sortOrder, { key, text }] of recordTypes.entries()) {
    const row = await tx.recordType.upsert({ where: { key }, create: { key, sortOrder }, update: { sortOrder } });
    ids.set(key, row.id);
    for (const translation of translationRows(text)) {
      await tx.recordTypeTranslation.upsert({
        where: { recordTypeId_locale: { recordTypeId: row.id, locale: translation.locale } },
        create: { recordTypeId: row.id, ...translation },
        update: translation,
      });
    }
  }
  return ids;
}

interface MedicalIds {
  sources: IdsByName;
  reviewers: IdsByName;
  recordTypes: IdsByName;
}

export async function applyTreatments(tx: CatalogDatabase, treatments: CatalogContent["treatments"], ids: MedicalIds): Promise<IdsByName> {
  const treatmentIds: IdsByName = new Map();
  for (const [sortOrder, treatment] of treatments.entries()) {
    const data = { reviewedOn: fromIsoDay(treatment.reviewedOn), reviewerId: ids.reviewers.get(treatment.reviewedBy)!, sortOrder };
    const row = await tx.treatment.upsert({ where: { slug: treatment.slug }, create: { slug: treatment.slug, ...data }, update: data });
    treatmentIds.set(treatment.slug, row.id);
    for (const text of translationRows(treatment.text)) {
      await tx.treatmentTranslation.upsert({
        where: { treatmentId_locale: { treatmentId: row.id, locale: text.locale } },
        create: { treatmentId: row.id, ...text },
        update: text,
      });
    }
    await tx.treatmentRecord.deleteMany({ where: { treatmentId: row.id } });
    await tx.treatmentRecord.createMany({
      data: treatment.records.map((record, index) => ({
        treatmentId: row.id,
        recordTypeId: ids.recordTypes.get(record.key)!,
        required: record.required,
        sortOrder: index,
      })),
    });
    await applyFigures(tx, treatment.figures, { conditionId: null, treatmentId: row.id }, ids.sources);
  }
  return treatmentIds;
}

export async function applyConditions(tx: CatalogDatabase, conditions: CatalogContent["conditions"], ids: MedicalIds & { treatments: IdsByName }) {
  for (const [sortOrder, condition] of conditions.entries()) {
    const data = { reviewedOn: fromIsoDay(condition.reviewedOn), reviewerId: ids.reviewers.get(condition.reviewedBy)!, sortOrder };
    const row = await tx.condition.upsert({ where: { slug: condition.slug }, create: { slug: condition.slug, ...data }, update: data });
    for (const text of translationRows(condition.text)) {
      await tx.conditionTranslation.upsert({
        where: { conditionId_locale: { conditionId: row.id, locale: text.locale } },
        create: { conditionId: row.id, ...text },
        update: text,
      });
    }
    await tx.conditionTreatment.deleteMany({ where: { conditionId: row.id } });
    await tx.conditionTreatment.createMany({
      data: condition.treatments.map((slug, index) => ({ conditionId: row.id, treatmentId: ids.treatments.get(slug)!, sortOrder: index })),
    });
    await applyFigures(tx, condition.figures, { conditionId: row.id, treatmentId: null }, ids.sources);
  }
}
