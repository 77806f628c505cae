import { describe, expect, it } from "vitest";
import { getClinic, listClinics } from "@/lib/catalog/clinics";
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
    expect(treatment.prices.pricedCount).toBe(priced.length);
    expect(treatment.prices.clinicCount).toBe(treatment.offers.length);
  });

  it("says what each published price is for: 1 of 5 clinics prices liver surgery, per operation", async () => {
    const treatment = (await getTreatment("surgical-resection", "en"))!;
    expect(treatment.prices).toEqual({
      clinicCount: 5,
      pricedCount: 1,
      ranges: [{ currency: "USD", unit: "OPERATION", min: 2550, max: 2550, clinicCount: 1 }],
    });
    const chemotherapy = (await getTreatment("chemotherapy", "en"))!;
    expect(chemotherapy.offers.find((offer) => offer.priceFrom !== null)?.priceUnit).toBe("COURSE");
    const listed = (await listTreatments("en")).find((item) => item.slug === "surgical-resection")!;
    expect(listed.prices).toEqual(treatment.prices);
    for (const { slug } of await listTreatments("en")) {
      for (const offer of (await getTreatment(slug, "en"))!.offers) {
        expect(offer.priceUnit === null, `${slug} at ${offer.clinic.slug}`).toBe(offer.priceFrom === null);
      }
    }
  });

  it("gives a clinic's coordination fee as published, or as on request, and no fee elsewhere", async () => {
    const clinics = await listClinics("en");
    const charging = clinics.filter((clinic) => clinic.serviceFee.model === "PATIENT_SERVICE_FEE");
    expect(charging.length).toBeGreaterThan(0);
    for (const clinic of clinics) {
      // No seed document states a coordination fee: the amount is "on request" rather than invented.
      expect((await getClinic(clinic.slug, "en"))!.serviceFee, clinic.slug).toEqual({
        model: clinic.serviceFee.model,
        min: null,
        max: null,
        currency: null,
      });
    }
    const priced = (await getClinic("svetlodol-liver-oncology-clinic", "en"))!.offers.filter((offer) => offer.priceFrom);
    expect(priced.map((offer) => [offer.treatment.slug, offer.priceUnit])).toEqual([
      ["surgical-resection", "OPERATION"],
      ["y90-radioembolization", "PROCEDURE"],
      ["stereotactic-radiosurgery", "COURSE"],
      ["chemotherapy", "COURSE"],
    ]);
  });

  it("groups the Russian TACE figures under their one source, with the cohort stated once", async () => {
    const treatment = (await getTreatment("tace-chemoembolization", "ru"))!;
    expect(treatment.figureGroups.map((group) => group.source.key)).toEqual(["tace-gastric-abstract"]);
    const [group] = treatment.figureGroups;
    expect(group!.figures.length).toBeGreaterThan(5);
    expect(group!.population?.length).toBeGreaterThan(10);
    expect(group!.figures.every((figure) => figure.population === null)).toBe(true);
    expect(group!.source.publisher).not.toBe("");
  });

  it("marks a best-case figure as “up to” instead of writing it into the label", async () => {
    const treatment = (await getTreatment("liver-transplantation", "de"))!;
    const [figure] = treatment.figureGroups.flatMap((group) => group.figures);
    expect(figure).toMatchObject({ value: 74, upTo: true });
    expect(figure!.label).not.toMatch(/bis zu/);
  });

  it("names the medical reviewer of every condition, treatment, clinic and doctor page, in the page's language", async () => {
    const pages = [
      (await getCondition("liver-metastases", "ar"))!,
      ...(await Promise.all((await listTreatments("ar")).map(({ slug }) => getTreatment(slug, "ar")))),
      ...(await Promise.all((await listClinics("ar")).map(({ slug }) => getClinic(slug, "ar")))),
      ...(await Promise.all((await listDoctors("ar")).map(({ slug }) => getDoctor(slug, "ar")))),
    ];
    for (const page of pages) {
      expect(page!.reviewer, page!.slug).toMatchObject({ isFictionalSample: true });
      expect(page!.reviewer!.name, page!.slug).toMatch(/[\u0600-\u06FF]/);
      expect(page!.reviewer!.qualification, page!.slug).toMatch(/[\u0600-\u06FF]/);
    }
    const english = (await getTreatment("surgical-resection", "en"))!.reviewer!;
    expect(english.name).toMatch(/^Dr /);
    expect(english.qualification.length).toBeGreaterThan(5);
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
