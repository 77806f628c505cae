import type { Locale } from "../../lib/i18n/locales";

/**
 * Seeded catalog content. Long text fields use a tiny markup rendered by components/catalog/rich-text.tsx:
 * blocks are separated by a blank line; a block whose lines all start with "- " is a bullet list,
 * one whose lines all start with "1. ", "2. " … is a numbered list; anything else is a paragraph.
 */
export type Localized<T> = Record<Locale, T>;

export type FigureUnit = "PERCENT" | "MONTHS" | "YEARS" | "PATIENTS" | "COUNT" | "MILLIMETERS" | "HOURS" | "DAYS";

export type SourceKey =
  | "tace-gastric-abstract"
  | "humanitas-liver-metastases"
  | "lyadov-radioembolization"
  | "medtour-liver-metastasis"
  | "marus-liver-metastases";

export interface SourceSeed {
  key: SourceKey;
  title: string;
  publisher: string;
  kind: "study_abstract" | "provider_page";
  /** Only when the source states when it was published; none of the seed documents does. */
  year?: number;
  url?: string;
}

export type ReviewerKey = "ines-halvorsen";

export interface ReviewerSeed {
  key: ReviewerKey;
  isFictionalSample: boolean;
  text: Localized<{ name: string; qualification: string }>;
}

export interface FigureSeed {
  key: string;
  value: number;
  valueMax?: number;
  /** The source gives a best case ("up to 74 %"): shown beside the number, not written into the label. */
  upTo?: boolean;
  unit: FigureUnit;
  source: SourceKey;
  text: Localized<{ label: string; population: string }>;
}

export type TreatmentSlug =
  | "surgical-resection"
  | "liver-transplantation"
  | "tace-chemoembolization"
  | "y90-radioembolization"
  | "stereotactic-radiosurgery"
  | "thermal-ablation"
  | "cryoablation"
  | "irreversible-electroporation"
  | "chemotherapy"
  | "targeted-therapy"
  | "immunotherapy"
  | "palliative-care";

export type RecordTypeKey =
  | "recent-ct-mri"
  | "pet-ct"
  | "biopsy-histology"
  | "blood-tests"
  | "tumor-markers"
  | "discharge-summaries"
  | "treatment-history"
  | "molecular-profile"
  | "current-medications";

export interface RecordTypeSeed {
  key: RecordTypeKey;
  text: Localized<{ name: string; description: string }>;
}

export interface ConditionSeed {
  slug: string;
  reviewedOn: string;
  reviewedBy: ReviewerKey;
  treatments: TreatmentSlug[];
  figures: FigureSeed[];
  text: Localized<{
    name: string;
    summary: string;
    metaDescription: string;
    overview: string;
    causes: string;
    symptoms: string;
    diagnosis: string;
    prognosis: string;
  }>;
}

export interface TreatmentSeed {
  slug: TreatmentSlug;
  reviewedOn: string;
  reviewedBy: ReviewerKey;
  records: { key: RecordTypeKey; required: boolean }[];
  figures: FigureSeed[];
  text: Localized<{
    name: string;
    summary: string;
    metaDescription: string;
    howItWorks: string;
    whoItIsFor: string;
    steps: string;
    preparation: string;
    recovery: string;
    risks: string;
  }>;
}

export type ServiceFeeModel = "CLINIC_COMMISSION" | "PATIENT_SERVICE_FEE" | "NO_FEE";

export type PriceUnit = "OPERATION" | "PROCEDURE" | "COURSE" | "CYCLE" | "SESSION" | "PACKAGE";

export interface OfferSeed {
  treatment: TreatmentSlug;
  /** Omit price, currency and unit when no source gives a price: the site shows "on request". */
  priceFrom?: number;
  currency?: string;
  priceUnit?: PriceUnit;
  priceSource?: SourceKey;
  checkedOn: string;
  text: Localized<{ includes: string; excludes: string }>;
}

export interface ClinicSeed {
  slug: string;
  countryCode: string;
  accreditations: string[];
  languages: string[];
  serviceFeeModel: ServiceFeeModel;
  /** A PATIENT_SERVICE_FEE clinic's coordination fee, only where a source states it (else "amount on request"). */
  serviceFee?: { min: number; max: number; currency: string };
  foundedYear?: number;
  reviewedOn: string;
  reviewedBy: ReviewerKey;
  offers: OfferSeed[];
  text: Localized<{ name: string; city: string; summary: string; metaDescription: string; description: string }>;
}

export type SpecialtyKey =
  | "hepatobiliary-surgery"
  | "transplant-surgery"
  | "interventional-radiology"
  | "radiation-oncology"
  | "medical-oncology"
  | "palliative-medicine";

export interface DoctorSeed {
  slug: string;
  specialty: SpecialtyKey;
  languages: string[];
  yearsOfExperience: number;
  reviewedOn: string;
  reviewedBy: ReviewerKey;
  clinics: string[];
  treatments: TreatmentSlug[];
  text: Localized<{ name: string; title: string; metaDescription: string; bio: string }>;
}
