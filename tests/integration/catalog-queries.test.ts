import { describe, expect, it } from "vitest";
import { listClinics } from "@/lib/catalog/clinics";
import { getCondition } from "@/lib/catalog/conditions";
import { getDoctor, listDoctors } from "@/lib/catalog/doctors";
import { getTreatment, listTreatments } from "@/lib/catalog/treatments";

describe("catalog queries", () => {
  it("links the condition to the required treatments, in every locale", async () => {
    const required = [
      "surgical-resection",
      "liver-transplantation",
      "tace-chemoembolization",
      "y90-radioembolization",
      "stereotactic-radiosurgery",
      "thermal-ablation",
      "cryoablation",
      "irreversible-electroporation",
      "chemotherapy",
      "targeted-therapy",
      "immunotherapy",
      "palliative-care",
    ];
    const english = await getCondition("liver-metastases", "en");
    const arabic = await getCondition("liver-metastases", "ar");
    expect(english?.treatments.map((treatment) => treatment.slug)).toEqual(required);
    expect(arabic?.name).not.toBe(english?.name);
    expect(arabic?.name).toMatch(/[\u0600-\u06FF]/);
  });

  it("gives every treatment the records a clinic needs, and at least one clinic", async () => {
    for (const { slug } of await listTreatments("en")) {
      const treatment = (await getTreatment(slug, "en"))!;
      expect(treatment.records.filter((record) => record.required).length, slug).toBeGreaterThan(0);
      expect(treatment.offers.length, slug).toBeGreaterThan(0);
    }
  });

  it("shows sourced prices per currency and every other offer as on request", async () => {
    const treatment = (await getTreatment("y90-radioembolization", "en"))!;
    const priced = treatment.offers.filter((offer) => offer.priceFrom !== null);
    expect(priced.length).toBeGreaterThan(0);
    for (const offer of priced) expect(offer.currency).toMatch(/^[A-Z]{3}$/);
    expect(treatment.prices.ranges.map((range) => range.currency)).toEqual(["USD"]);
    expect(treatment.prices.onRequestCount).toBe(treatment.offers.length - priced.length);
  });

  it("attaches a source and a population to every published figure", async () => {
    const treatment = (await getTreatment("tace-chemoembolization", "ru"))!;
    expect(treatment.figures.length).toBeGreaterThan(0);
    for (const figure of treatment.figures) {
      expect(figure.source.publisher).not.toBe("");
      expect(figure.population.length).toBeGreaterThan(10);
    }
  });

  it("filters clinics by country and by treatment", async () => {
    const all = await listClinics("en");
    const german = await listClinics("en", { country: "DE" });
    expect(german.length).toBeGreaterThan(0);
    expect(german.length).toBeLessThan(all.length);
    expect(german.every((clinic) => clinic.countryCode === "DE")).toBe(true);
    const transplant = await listClinics("en", { treatment: "liver-transplantation" });
    expect(transplant.every((clinic) => clinic.treatments.some((t) => t.slug === "liver-transplantation"))).toBe(true);
    expect(await listClinics("en", { country: "FR" })).toEqual([]);
  });

  it("links doctors to clinics many-to-many", async () => {
    const doctors = await listDoctors("de");
    expect(doctors.some((doctor) => doctor.clinics.length > 1)).toBe(true);
    const first = (await getDoctor(doctors[0]!.slug, "uk"))!;
    expect(first.clinics.length).toBeGreaterThan(0);
    expect(await getDoctor("no-such-doctor", "en")).toBeNull();
  });
});
