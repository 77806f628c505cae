import type { CatalogContent } from "@/lib/validation/catalog-content/catalog";
import type { ClinicContent } from "@/lib/validation/catalog-content/clinics";
import type { DoctorContent } from "@/lib/validation/catalog-content/doctors";
import type { IdsByName } from "./apply-medical";
import type { CatalogDatabase } from "./database";
import { fromIsoDay } from "./text-rows";
import { translatableRows } from "./translatable-rows";

export interface Ids {
  sources: IdsByName;
  reviewers: IdsByName;
  treatments: IdsByName;
}

const photoColumns = (photo: ClinicContent["photo"]) => ({
  photoUrl: photo?.url ?? null,
  photoWidth: photo?.width ?? null,
  photoHeight: photo?.height ?? null,
});

/** Rows with the optional alt text written out, so removing it from the file clears it. */
const withPhotoAlt = <Row extends { photoAlt?: string }>(row: Row) => ({ ...row, photoAlt: row.photoAlt ?? null });

async function applyOffers(tx: CatalogDatabase, clinicId: string, offers: ClinicContent["offers"], ids: Ids) {
  await tx.clinicTreatment.deleteMany({ where: { clinicId, treatmentId: { notIn: offers.map((offer) => ids.treatments.get(offer.treatment)!) } } });
  for (const offer of offers) {
    const treatmentId = ids.treatments.get(offer.treatment)!;
    const data = {
      priceFrom: offer.priceFrom ?? null,
      currency: offer.currency ?? null,
      priceUnit: offer.priceUnit ?? null,
      priceSourceId: offer.priceSource ? ids.sources.get(offer.priceSource)! : null,
      checkedOn: fromIsoDay(offer.checkedOn),
    };
    const row = await tx.clinicTreatment.upsert({
      where: { clinicId_treatmentId: { clinicId, treatmentId } },
      create: { clinicId, treatmentId, ...data },
      update: data,
    });
    const { rows, untranslated } = translatableRows(offer.text, offer.translatedFrom);
    await tx.clinicTreatmentTranslation.deleteMany({ where: { clinicTreatmentId: row.id, locale: { in: untranslated } } });
    for (const text of rows) {
      await tx.clinicTreatmentTranslation.upsert({
        where: { clinicTreatmentId_locale: { clinicTreatmentId: row.id, locale: text.locale } },
        create: { clinicTreatmentId: row.id, ...text },
        update: text,
      });
    }
  }
}

/** Off the site since when: kept while the item stays off, now when it is taken off, null while it is on. */
async function publicationColumns(tx: CatalogDatabase, table: "clinic" | "doctor", slug: string, placement: Placement, unpublished: true | undefined) {
  if (!unpublished) return { unpublishedAt: null };
  const where = placement.id ? { id: placement.id } : { slug };
  const current = table === "clinic" ? await tx.clinic.findUnique({ where, select: { unpublishedAt: true } }) : await tx.doctor.findUnique({ where, select: { unpublishedAt: true } });
  return { unpublishedAt: current?.unpublishedAt ?? new Date() };
}

/** Where an item goes: its place in the lists and, when publishing a change to an existing item, its id (its slug may change). */
export interface Placement {
  sortOrder: number;
  id?: string;
}

export async function applyClinic(tx: CatalogDatabase, clinic: ClinicContent, ids: Ids, placement: Placement): Promise<string> {
  const { offers, text, translatedFrom, slug, reviewedOn, reviewedBy, serviceFee, photo, unpublished, ...fields } = clinic;
  const data = {
    ...fields,
    ...(await publicationColumns(tx, "clinic", slug, placement, unpublished)),
    slug,
    serviceFeeMin: serviceFee?.min ?? null,
    serviceFeeMax: serviceFee?.max ?? null,
    serviceFeeCurrency: serviceFee?.currency ?? null,
    foundedYear: fields.foundedYear ?? null,
    ...photoColumns(photo),
    reviewedOn: fromIsoDay(reviewedOn),
    reviewerId: ids.reviewers.get(reviewedBy)!,
    sortOrder: placement.sortOrder,
  };
  const row = placement.id
    ? await tx.clinic.update({ where: { id: placement.id }, data })
    : await tx.clinic.upsert({ where: { slug }, create: data, update: data });
  const { rows, untranslated } = translatableRows(text, translatedFrom);
  await tx.clinicTranslation.deleteMany({ where: { clinicId: row.id, locale: { in: untranslated } } });
  for (const translation of rows.map(withPhotoAlt)) {
    await tx.clinicTranslation.upsert({
      where: { clinicId_locale: { clinicId: row.id, locale: translation.locale } },
      create: { clinicId: row.id, ...translation },
      update: translation,
    });
  }
  await applyOffers(tx, row.id, offers, ids);
  return row.id;
}

export async function applyClinics(tx: CatalogDatabase, clinics: CatalogContent["clinics"], ids: Ids): Promise<IdsByName> {
  const clinicIds: IdsByName = new Map();
  for (const [sortOrder, clinic] of clinics.entries()) clinicIds.set(clinic.slug, await applyClinic(tx, clinic, ids, { sortOrder }));
  return clinicIds;
}

export async function applyDoctor(tx: CatalogDatabase, doctor: DoctorContent, ids: Ids & { clinics: IdsByName }, placement: Placement): Promise<string> {
  const { text, translatedFrom, slug, reviewedOn, reviewedBy, clinics, treatments, photo, unpublished, ...fields } = doctor;
  const data = { ...fields, ...(await publicationColumns(tx, "doctor", slug, placement, unpublished)), slug, ...photoColumns(photo), reviewedOn: fromIsoDay(reviewedOn), reviewerId: ids.reviewers.get(reviewedBy)!, sortOrder: placement.sortOrder };
  const row = placement.id
    ? await tx.doctor.update({ where: { id: placement.id }, data })
    : await tx.doctor.upsert({ where: { slug }, create: data, update: data });
  const { rows, untranslated } = translatableRows(text, translatedFrom);
  await tx.doctorTranslation.deleteMany({ where: { doctorId: row.id, locale: { in: untranslated } } });
  for (const translation of rows.map(withPhotoAlt)) {
    await tx.doctorTranslation.upsert({
      where: { doctorId_locale: { doctorId: row.id, locale: translation.locale } },
      create: { doctorId: row.id, ...translation },
      update: translation,
    });
  }
  await tx.doctorClinic.deleteMany({ where: { doctorId: row.id } });
  await tx.doctorClinic.createMany({ data: clinics.map((clinic) => ({ doctorId: row.id, clinicId: ids.clinics.get(clinic)! })) });
  await tx.doctorTreatment.deleteMany({ where: { doctorId: row.id } });
  await tx.doctorTreatment.createMany({ data: treatments.map((treatment) => ({ doctorId: row.id, treatmentId: ids.treatments.get(treatment)! })) });
  return row.id;
}

export async function applyDoctors(tx: CatalogDatabase, doctors: CatalogContent["doctors"], ids: Ids & { clinics: IdsByName }) {
  for (const [sortOrder, doctor] of doctors.entries()) await applyDoctor(tx, doctor, ids, { sortOrder });
}
