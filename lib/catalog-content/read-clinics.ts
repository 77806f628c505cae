import type { Prisma } from "@/lib/generated/prisma/client";
import { clinicTextFields, offerTextFields } from "@/lib/validation/catalog-content/clinics";
import { doctorTextFields } from "@/lib/validation/catalog-content/doctors";
import type { CatalogDatabase } from "./database";
import { isoDay, localizedText, present, reviewDocument } from "./text-rows";
import { outdatedFromRows } from "./translatable-rows";

const byOrder = [{ sortOrder: "asc" }, { slug: "asc" }] as const;

interface PhotoColumns {
  photoUrl: string | null;
  photoWidth: number | null;
  photoHeight: number | null;
}

const photoDocument = (row: PhotoColumns) =>
  row.photoUrl === null ? undefined : { url: row.photoUrl, width: row.photoWidth, height: row.photoHeight };

const amount = (value: { toNumber(): number } | null) => (value === null ? undefined : value.toNumber());

export async function readClinics(db: CatalogDatabase, where: Prisma.ClinicWhereInput = {}) {
  const rows = await db.clinic.findMany({
    where,
    orderBy: [...byOrder],
    include: {
      reviewer: true,
      translations: true,
      offers: {
        orderBy: [{ treatment: { sortOrder: "asc" } }, { treatment: { slug: "asc" } }],
        include: { treatment: true, priceSource: true, translations: true },
      },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    sortOrder: row.sortOrder,
    document: {
      slug: row.slug,
      countryCode: row.countryCode,
      isDemo: row.isDemo,
      unpublished: row.unpublishedAt ? (true as const) : undefined,
      accreditations: row.accreditations,
      languages: row.languages,
      serviceFeeModel: row.serviceFeeModel,
      serviceFee:
        row.serviceFeeMin === null ? undefined : { min: amount(row.serviceFeeMin), max: amount(row.serviceFeeMax), currency: row.serviceFeeCurrency },
      foundedYear: present(row.foundedYear),
      photo: photoDocument(row),
      ...reviewDocument(row),
      offers: row.offers.map((offer) => ({
        treatment: offer.treatment.slug,
        priceFrom: amount(offer.priceFrom),
        currency: present(offer.currency),
        priceUnit: present(offer.priceUnit),
        priceSource: offer.priceSource?.key,
        checkedOn: isoDay(offer.checkedOn),
        text: localizedText(offer.translations, offerTextFields),
        translatedFrom: outdatedFromRows(offer.translations),
      })),
      text: localizedText(row.translations, clinicTextFields),
      translatedFrom: outdatedFromRows(row.translations),
    },
  }));
}

export async function readDoctors(db: CatalogDatabase, where: Prisma.DoctorWhereInput = {}) {
  const rows = await db.doctor.findMany({
    where,
    orderBy: [...byOrder],
    include: {
      reviewer: true,
      translations: true,
      clinics: { orderBy: [{ clinic: { sortOrder: "asc" } }, { clinic: { slug: "asc" } }], include: { clinic: true } },
      treatments: { orderBy: [{ treatment: { sortOrder: "asc" } }, { treatment: { slug: "asc" } }], include: { treatment: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    sortOrder: row.sortOrder,
    document: {
      slug: row.slug,
      specialty: row.specialty,
      languages: row.languages,
      yearsOfExperience: row.yearsOfExperience,
      isDemo: row.isDemo,
      unpublished: row.unpublishedAt ? (true as const) : undefined,
      photo: photoDocument(row),
      ...reviewDocument(row),
      clinics: row.clinics.map(({ clinic }) => clinic.slug),
      treatments: row.treatments.map(({ treatment }) => treatment.slug),
      text: localizedText(row.translations, doctorTextFields),
      translatedFrom: outdatedFromRows(row.translations),
    },
  }));
}
