import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalogContentSchema, describeContentIssues, type CatalogContent } from "./catalog";

const shipped: CatalogContent = JSON.parse(readFileSync(new URL("../../../prisma/content/catalog.json", import.meta.url), "utf8"));

/** The shipped catalog with one change made by `edit`, and the `path: message` lines the schema gives it. */
function problemsAfter(edit: (catalog: CatalogContent) => void): string[] {
  const catalog = structuredClone(shipped);
  edit(catalog);
  const result = catalogContentSchema.safeParse(catalog);
  return result.success ? [] : describeContentIssues(result.error);
}

const paths = (problems: string[]) => problems.map((problem) => problem.split(": ")[0]);

describe("the catalog content schema", () => {
  it("accepts the shipped catalog", () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it("wants medical texts in all five locales, and the operator's translations whole or not at all", () => {
    expect(paths(problemsAfter((catalog) => delete (catalog.treatments[1]!.text as Partial<CatalogContent["treatments"][number]["text"]>).ru))).toEqual([
      "treatments[1].text.ru",
    ]);
    expect(problemsAfter((catalog) => delete catalog.clinics[1]!.text.ru)).toEqual([]);
    expect(problemsAfter((catalog) => delete catalog.clinics[1]!.offers[0]!.text.de)).toEqual([]);
    expect(paths(problemsAfter((catalog) => delete (catalog.clinics[1]!.text.ru as { description?: string }).description))).toEqual([
      "clinics[1].text.ru.description",
    ]);
    expect(paths(problemsAfter((catalog) => (catalog.doctors[0]!.text.ar!.bio = "  ")))).toEqual(["doctors[0].text.ar.bio"]);
    expect(paths(problemsAfter((catalog) => delete (catalog.doctors[0]!.text as { en?: unknown }).en))).toEqual(["doctors[0].text.en"]);
  });

  it("takes outdated translations only as a 16-digit digest per translated field of another locale", () => {
    const at = (translatedFrom: unknown) => paths(problemsAfter((catalog) => Object.assign(catalog.clinics[0]!, { translatedFrom })));
    expect(at({ ru: { description: "0123456789abcdef" }, ar: { name: "fedcba9876543210" } })).toEqual([]);
    expect(at({ en: { description: "0123456789abcdef" } })).toEqual(["clinics[0].translatedFrom"]);
    expect(at({ ru: { rating: "0123456789abcdef" } })).toEqual(["clinics[0].translatedFrom.ru"]);
    expect(at({ ru: { description: "not a digest" } })).toEqual(["clinics[0].translatedFrom.ru.description"]);
  });

  it("refuses unknown fields and badly written slugs and keys", () => {
    expect(paths(problemsAfter((catalog) => Object.assign(catalog.clinics[0]!, { rating: 5 })))).toEqual(["clinics[0]"]);
    expect(paths(problemsAfter((catalog) => (catalog.treatments[0]!.slug = "Surgical Resection")))).toContain("treatments[0].slug");
  });

  it("names the path of each reference that does not resolve", () => {
    const problems = problemsAfter((catalog) => {
      catalog.clinics[2]!.offers[0]!.treatment = "no-such-treatment";
      catalog.doctors[3]!.clinics = ["no-such-clinic"];
      catalog.treatments[1]!.figures[0]!.source = "no-such-source";
      catalog.treatments[0]!.records[0]!.key = "no-such-record";
      catalog.conditions[0]!.reviewedBy = "no-such-reviewer";
    });
    expect(problems.toSorted()).toEqual([
      'clinics[2].offers[0].treatment: no treatment "no-such-treatment" in the file',
      'conditions[0].reviewedBy: no reviewer "no-such-reviewer" in the file',
      'doctors[3].clinics[0]: no clinic "no-such-clinic" in the file',
      'treatments[0].records[0].key: no record type "no-such-record" in the file',
      'treatments[1].figures[0].source: no source "no-such-source" in the file',
    ]);
  });

  it("refuses a slug used twice and an offer listed twice", () => {
    const problems = problemsAfter((catalog) => {
      catalog.doctors[1]!.slug = catalog.doctors[0]!.slug;
      catalog.clinics[0]!.offers.push(catalog.clinics[0]!.offers[0]!);
    });
    expect(paths(problems).toSorted()).toEqual(["clinics[0].offers[" + (shipped.clinics[0]!.offers.length) + "].treatment", "doctors[1].slug"]);
  });

  it("takes a price, its currency and its unit together, with a source, or none of them", () => {
    const priced = shipped.clinics.findIndex((clinic) => clinic.offers.some((offer) => offer.priceFrom !== undefined));
    const offer = shipped.clinics[priced]!.offers.findIndex((item) => item.priceFrom !== undefined);
    const at = `clinics[${priced}].offers[${offer}]`;
    expect(paths(problemsAfter((catalog) => delete catalog.clinics[priced]!.offers[offer]!.currency))).toEqual([`${at}.priceFrom`]);
    expect(paths(problemsAfter((catalog) => delete catalog.clinics[priced]!.offers[offer]!.priceSource))).toEqual([`${at}.priceSource`]);
    expect(paths(problemsAfter((catalog) => (catalog.clinics[priced]!.offers[offer]!.currency = "euro")))).toEqual([`${at}.currency`]);
    expect(paths(problemsAfter((catalog) => (catalog.clinics[priced]!.offers[offer]!.priceFrom = 10.005)))).toEqual([`${at}.priceFrom`]);
  });

  it("wants ISO dates", () => {
    expect(paths(problemsAfter((catalog) => (catalog.clinics[0]!.offers[0]!.checkedOn = "20.11.2026")))).toEqual(["clinics[0].offers[0].checkedOn"]);
    expect(paths(problemsAfter((catalog) => (catalog.doctors[0]!.reviewedOn = "2026-02-30")))).toEqual(["doctors[0].reviewedOn"]);
  });

  it("keeps rich text in the catalog's markup: no HTML, no list mixed into a paragraph, numbered lists that count", () => {
    const at = (text: string) => paths(problemsAfter((catalog) => (catalog.clinics[0]!.text.de!.description = text)));
    expect(at("First paragraph.\n\n- one\n- two\n\n1. first\n2. second")).toEqual([]);
    expect(at("Call <b>now</b>")).toEqual(["clinics[0].text.de.description"]);
    expect(at("Intro line\n- one\n- two")).toEqual(["clinics[0].text.de.description"]);
    expect(at("1. first\n3. third")).toEqual(["clinics[0].text.de.description"]);
  });

  it("keeps search snippets within 160 characters and “up to” out of figure labels", () => {
    expect(paths(problemsAfter((catalog) => (catalog.clinics[0]!.text.uk!.metaDescription = "x".repeat(161))))).toEqual([
      "clinics[0].text.uk.metaDescription",
    ]);
    expect(paths(problemsAfter((catalog) => (catalog.treatments[0]!.figures[0]!.text.ru.label = "Выживаемость (до)")))).toEqual([
      "treatments[0].figures[0].text.ru.label",
    ]);
  });

  it("takes a photo only with its size, and a service fee only where the patient pays one", () => {
    expect(paths(problemsAfter((catalog) => Object.assign(catalog.doctors[0]!, { photo: { url: "/media/doctors/a.jpg" } })))).toEqual([
      "doctors[0].photo.width",
      "doctors[0].photo.height",
    ]);
    const commission = shipped.clinics.findIndex((clinic) => clinic.serviceFeeModel !== "PATIENT_SERVICE_FEE");
    expect(paths(problemsAfter((catalog) => (catalog.clinics[commission]!.serviceFee = { min: 100, max: 200, currency: "EUR" })))).toEqual([
      `clinics[${commission}].serviceFee`,
    ]);
  });
});
