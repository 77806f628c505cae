import type { PrismaClient } from "../lib/generated/prisma/client";
import { locales, type Locale } from "../lib/i18n/locales";
import { catalogSeed, type CatalogSeed } from "./seed-data";
import type { FigureSeed, Localized, ReviewerSeed } from "./seed-data/types";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const day = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

function perLocale<T>(text: Localized<T>) {
  return locales.map((locale: Locale) => ({ locale, ...text[locale] }));
}

async function upsertFigures(tx: Tx, figures: FigureSeed[], owner: { conditionId?: string; treatmentId?: string }) {
  const sourceIds = new Map((await tx.source.findMany()).map((source) => [source.key, source.id]));
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
    for (const text of perLocale(figure.text)) {
      await tx.figureTranslation.upsert({
        where: { figureId_locale: { figureId: row.id, locale: text.locale } },
        create: { figureId: row.id, ...text },
        update: text,
      });
    }
  }
}

async function upsertReviewers(tx: Tx, reviewers: ReviewerSeed[]) {
  const ids = new Map<string, string>();
  for (const { key, isFictionalSample, text } of reviewers) {
    const row = await tx.medicalReviewer.upsert({ where: { key }, create: { key, isFictionalSample }, update: { isFictionalSample } });
    ids.set(key, row.id);
    for (const translation of perLocale(text)) {
      await tx.medicalReviewerTranslation.upsert({
        where: { reviewerId_locale: { reviewerId: row.id, locale: translation.locale } },
        create: { reviewerId: row.id, ...translation },
        update: translation,
      });
    }
  }
  return ids;
}

/** Idempotent: upserts by slug/key so ids stay stable for rows (leads, later) that reference the catalog. */
export async function seedCatalog(db: PrismaClient, seed: CatalogSeed = catalogSeed) {
  await db.$transaction(
    async (tx) => {
      for (const source of seed.sources) {
        const data = { ...source, year: source.year ?? null, url: source.url ?? null };
        await tx.source.upsert({ where: { key: source.key }, create: data, update: data });
      }
      const reviewerIds = await upsertReviewers(tx, seed.reviewers);

      const recordTypeIds = new Map<string, string>();
      for (const [sortOrder, recordType] of seed.recordTypes.entries()) {
        const row = await tx.recordType.upsert({
          where: { key: recordType.key },
          create: { key: recordType.key, sortOrder },
          update: { sortOrder },
        });
        recordTypeIds.set(recordType.key, row.id);
        for (const text of perLocale(recordType.text)) {
          await tx.recordTypeTranslation.upsert({
            where: { recordTypeId_locale: { recordTypeId: row.id, locale: text.locale } },
            create: { recordTypeId: row.id, ...text },
            update: text,
          });
        }
      }

      const treatmentIds = new Map<string, string>();
      for (const [sortOrder, treatment] of seed.treatments.entries()) {
        const data = { reviewedOn: day(treatment.reviewedOn), reviewerId: reviewerIds.get(treatment.reviewedBy)!, sortOrder };
        const row = await tx.treatment.upsert({
          where: { slug: treatment.slug },
          create: { slug: treatment.slug, ...data },
          update: data,
        });
        treatmentIds.set(treatment.slug, row.id);
        for (const text of perLocale(treatment.text)) {
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
            recordTypeId: recordTypeIds.get(record.key)!,
            required: record.required,
            sortOrder: index,
          })),
        });
        await upsertFigures(tx, treatment.figures, { treatmentId: row.id });
      }

      for (const [sortOrder, condition] of seed.conditions.entries()) {
        const data = { reviewedOn: day(condition.reviewedOn), reviewerId: reviewerIds.get(condition.reviewedBy)!, sortOrder };
        const row = await tx.condition.upsert({
          where: { slug: condition.slug },
          create: { slug: condition.slug, ...data },
          update: data,
        });
        for (const text of perLocale(condition.text)) {
          await tx.conditionTranslation.upsert({
            where: { conditionId_locale: { conditionId: row.id, locale: text.locale } },
            create: { conditionId: row.id, ...text },
            update: text,
          });
        }
        await tx.conditionTreatment.deleteMany({ where: { conditionId: row.id } });
        await tx.conditionTreatment.createMany({
          data: condition.treatments.map((slug, index) => ({
            conditionId: row.id,
            treatmentId: treatmentIds.get(slug)!,
            sortOrder: index,
          })),
        });
        await upsertFigures(tx, condition.figures, { conditionId: row.id });
      }

      const sourceIds = new Map((await tx.source.findMany()).map((source) => [source.key, source.id]));
      const clinicIds = new Map<string, string>();
      for (const [sortOrder, clinic] of seed.clinics.entries()) {
        const { offers, text, slug, reviewedOn, reviewedBy, serviceFee, ...fields } = clinic;
        const data = {
          ...fields,
          serviceFeeMin: serviceFee?.min ?? null,
          serviceFeeMax: serviceFee?.max ?? null,
          serviceFeeCurrency: serviceFee?.currency ?? null,
          foundedYear: fields.foundedYear ?? null,
          reviewedOn: day(reviewedOn),
          reviewerId: reviewerIds.get(reviewedBy)!,
          sortOrder,
        };
        const row = await tx.clinic.upsert({ where: { slug }, create: { slug, ...data }, update: data });
        clinicIds.set(slug, row.id);
        for (const translation of perLocale(text)) {
          await tx.clinicTranslation.upsert({
            where: { clinicId_locale: { clinicId: row.id, locale: translation.locale } },
            create: { clinicId: row.id, ...translation },
            update: translation,
          });
        }
        await tx.clinicTreatment.deleteMany({
          where: { clinicId: row.id, treatmentId: { notIn: offers.map((offer) => treatmentIds.get(offer.treatment)!) } },
        });
        for (const offer of offers) {
          const treatmentId = treatmentIds.get(offer.treatment)!;
          const offerData = {
            priceFrom: offer.priceFrom ?? null,
            currency: offer.currency ?? null,
            priceUnit: offer.priceUnit ?? null,
            priceSourceId: offer.priceSource ? sourceIds.get(offer.priceSource)! : null,
            checkedOn: day(offer.checkedOn),
          };
          const offerRow = await tx.clinicTreatment.upsert({
            where: { clinicId_treatmentId: { clinicId: row.id, treatmentId } },
            create: { clinicId: row.id, treatmentId, ...offerData },
            update: offerData,
          });
          for (const translation of perLocale(offer.text)) {
            await tx.clinicTreatmentTranslation.upsert({
              where: { clinicTreatmentId_locale: { clinicTreatmentId: offerRow.id, locale: translation.locale } },
              create: { clinicTreatmentId: offerRow.id, ...translation },
              update: translation,
            });
          }
        }
      }

      for (const [sortOrder, doctor] of seed.doctors.entries()) {
        const { text, slug, reviewedOn, reviewedBy, clinics, treatments, ...fields } = doctor;
        const data = { ...fields, reviewedOn: day(reviewedOn), reviewerId: reviewerIds.get(reviewedBy)!, sortOrder };
        const row = await tx.doctor.upsert({ where: { slug }, create: { slug, ...data }, update: data });
        for (const translation of perLocale(text)) {
          await tx.doctorTranslation.upsert({
            where: { doctorId_locale: { doctorId: row.id, locale: translation.locale } },
            create: { doctorId: row.id, ...translation },
            update: translation,
          });
        }
        await tx.doctorClinic.deleteMany({ where: { doctorId: row.id } });
        await tx.doctorClinic.createMany({ data: clinics.map((clinic) => ({ doctorId: row.id, clinicId: clinicIds.get(clinic)! })) });
        await tx.doctorTreatment.deleteMany({ where: { doctorId: row.id } });
        await tx.doctorTreatment.createMany({
          data: treatments.map((treatment) => ({ doctorId: row.id, treatmentId: treatmentIds.get(treatment)! })),
        });
      }
    },
    { timeout: 120_000 },
  );
}

export async function isCatalogEmpty(db: PrismaClient) {
  return (await db.condition.count()) === 0;
}
