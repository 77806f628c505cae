import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { locales } from "@/lib/i18n/locales";

// Every piece of catalog content must exist in every locale: a missing row would show a broken page to a patient.
const translationTables = {
  condition: () => db.conditionTranslation.groupBy({ by: ["conditionId"], _count: { locale: true } }),
  treatment: () => db.treatmentTranslation.groupBy({ by: ["treatmentId"], _count: { locale: true } }),
  recordType: () => db.recordTypeTranslation.groupBy({ by: ["recordTypeId"], _count: { locale: true } }),
  figure: () => db.figureTranslation.groupBy({ by: ["figureId"], _count: { locale: true } }),
  clinic: () => db.clinicTranslation.groupBy({ by: ["clinicId"], _count: { locale: true } }),
  offer: () => db.clinicTreatmentTranslation.groupBy({ by: ["clinicTreatmentId"], _count: { locale: true } }),
  doctor: () => db.doctorTranslation.groupBy({ by: ["doctorId"], _count: { locale: true } }),
  reviewer: () => db.medicalReviewerTranslation.groupBy({ by: ["reviewerId"], _count: { locale: true } }),
};

const entityCounts = {
  condition: () => db.condition.count(),
  treatment: () => db.treatment.count(),
  recordType: () => db.recordType.count(),
  figure: () => db.figure.count(),
  clinic: () => db.clinic.count(),
  offer: () => db.clinicTreatment.count(),
  doctor: () => db.doctor.count(),
  reviewer: () => db.medicalReviewer.count(),
};

describe("catalog content", () => {
  for (const [entity, groupTranslations] of Object.entries(translationTables)) {
    it(`has every ${entity} translated into all ${locales.length} locales`, async () => {
      const groups = await groupTranslations();
      const total = await entityCounts[entity as keyof typeof entityCounts]();
      expect(total).toBeGreaterThan(0);
      expect(groups).toHaveLength(total);
      for (const group of groups) expect(group._count.locale).toBe(locales.length);
    });
  }

  it("has no empty translated text", async () => {
    const rows = await db.treatmentTranslation.findMany();
    for (const row of rows) {
      for (const [field, value] of Object.entries(row)) {
        if (typeof value === "string") expect(value.trim(), `${row.treatmentId}/${row.locale}/${field}`).not.toBe("");
      }
    }
  });
});
