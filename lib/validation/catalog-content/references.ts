import type { ClinicContent } from "./clinics";
import type { ConditionContent } from "./conditions";
import type { DoctorContent } from "./doctors";
import type { RecordTypeContent } from "./record-types";
import type { ReviewerContent } from "./reviewers";
import type { SourceContent } from "./sources";
import type { TreatmentContent } from "./treatments";

interface Catalog {
  sources: SourceContent[];
  reviewers: ReviewerContent[];
  recordTypes: RecordTypeContent[];
  conditions: ConditionContent[];
  treatments: TreatmentContent[];
  clinics: ClinicContent[];
  doctors: DoctorContent[];
}

type Path = (string | number)[];
export interface ReferenceIssue {
  path: Path;
  message: string;
}

interface Named {
  name: string;
  path: Path;
}

function duplicates(names: Named[], what: string): ReferenceIssue[] {
  const seen = new Set<string>();
  return names.flatMap(({ name, path }) => {
    if (!seen.has(name)) return (seen.add(name), []);
    return [{ path, message: `${what} "${name}" appears twice` }];
  });
}

function unresolved(names: Named[], known: Named[], what: string): ReferenceIssue[] {
  const knownNames = new Set(known.map(({ name }) => name));
  return names.filter(({ name }) => !knownNames.has(name)).map(({ name, path }) => ({ path, message: `no ${what} "${name}" in the file` }));
}

const named = <T>(items: T[], base: Path, name: (item: T) => string | undefined, field?: string | number) =>
  items.flatMap((item, index) => {
    const value = name(item);
    return value === undefined ? [] : [{ name: value, path: field === undefined ? [...base, index] : [...base, index, field] }];
  });

const each = <T, U>(items: T[], base: Path, inner: (item: T, path: Path) => U[]) => items.flatMap((item, index) => inner(item, [...base, index]));

/** Every slug and key unique, every reference naming an item of the file; each issue has the path of the culprit. */
export function catalogReferenceIssues(catalog: Catalog): ReferenceIssue[] {
  const sources = named(catalog.sources, ["sources"], (item) => item.key, "key");
  const reviewers = named(catalog.reviewers, ["reviewers"], (item) => item.key, "key");
  const recordTypes = named(catalog.recordTypes, ["recordTypes"], (item) => item.key, "key");
  const treatments = named(catalog.treatments, ["treatments"], (item) => item.slug, "slug");
  const conditions = named(catalog.conditions, ["conditions"], (item) => item.slug, "slug");
  const clinics = named(catalog.clinics, ["clinics"], (item) => item.slug, "slug");
  const doctors = named(catalog.doctors, ["doctors"], (item) => item.slug, "slug");
  const withFigures = [
    ...catalog.treatments.map((item, index) => ({ item, path: ["treatments", index] })),
    ...catalog.conditions.map((item, index) => ({ item, path: ["conditions", index] })),
  ];
  const figures = withFigures.flatMap(({ item, path }) => named(item.figures, [...path, "figures"], (figure) => figure.key, "key"));
  const figureSources = withFigures.flatMap(({ item, path }) => named(item.figures, [...path, "figures"], (figure) => figure.source, "source"));
  const reviewed = [
    ...named(catalog.treatments, ["treatments"], (item) => item.reviewedBy, "reviewedBy"),
    ...named(catalog.conditions, ["conditions"], (item) => item.reviewedBy, "reviewedBy"),
    ...named(catalog.clinics, ["clinics"], (item) => item.reviewedBy, "reviewedBy"),
    ...named(catalog.doctors, ["doctors"], (item) => item.reviewedBy, "reviewedBy"),
  ];
  const offers = each(catalog.clinics, ["clinics"], (clinic, path) => [named(clinic.offers, [...path, "offers"], (offer) => offer.treatment, "treatment")]);
  const priceSources = each(catalog.clinics, ["clinics"], (clinic, path) => named(clinic.offers, [...path, "offers"], (offer) => offer.priceSource, "priceSource"));
  const records = each(catalog.treatments, ["treatments"], (treatment, path) => [named(treatment.records, [...path, "records"], (record) => record.key, "key")]);
  const conditionTreatments = each(catalog.conditions, ["conditions"], (condition, path) => [named(condition.treatments, [...path, "treatments"], (slug) => slug)]);
  const doctorClinics = each(catalog.doctors, ["doctors"], (doctor, path) => [named(doctor.clinics, [...path, "clinics"], (slug) => slug)]);
  const doctorTreatments = each(catalog.doctors, ["doctors"], (doctor, path) => [named(doctor.treatments, [...path, "treatments"], (slug) => slug)]);

  return [
    ...duplicates(sources, "source"),
    ...duplicates(reviewers, "reviewer"),
    ...duplicates(recordTypes, "record type"),
    ...duplicates(treatments, "treatment"),
    ...duplicates(conditions, "condition"),
    ...duplicates(clinics, "clinic"),
    ...duplicates(doctors, "doctor"),
    ...duplicates(figures, "figure"),
    ...[offers, records, conditionTreatments, doctorClinics, doctorTreatments].flat().flatMap((list) => duplicates(list, "entry")),
    ...unresolved(figureSources, sources, "source"),
    ...unresolved(priceSources, sources, "source"),
    ...unresolved(reviewed, reviewers, "reviewer"),
    ...unresolved([offers, conditionTreatments, doctorTreatments].flat(2), treatments, "treatment"),
    ...unresolved(records.flat(), recordTypes, "record type"),
    ...unresolved(doctorClinics.flat(), clinics, "clinic"),
  ];
}
