import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getClinic, listClinicFilterOptions, listClinics } from "@/lib/catalog/clinics";
import { listConsultationOptions } from "@/lib/catalog/consultation-options";
import { demoContentPublished } from "@/lib/catalog/demo-content";
import { getDoctor, listDoctors } from "@/lib/catalog/doctors";
import { listCatalogSlugs } from "@/lib/catalog/slugs";
import { getTreatment, listTreatments } from "@/lib/catalog/treatments";
import { db } from "@/lib/db";

// Each integration test file has a database of its own: unpublishing here is seen by no other file.
const clinic = "almogan-oncology-centre";
const doctor = "matteo-ravagnani";
const slugsOf = (items: { slug: string }[]) => items.map((item) => item.slug);

async function setPublished(published: boolean, where: { clinics?: string[]; doctors?: string[] }) {
  const unpublishedAt = published ? null : new Date();
  await db.clinic.updateMany({ where: { slug: { in: where.clinics ?? [] } }, data: { unpublishedAt } });
  await db.doctor.updateMany({ where: { slug: { in: where.doctors ?? [] } }, data: { unpublishedAt } });
}

let y90Before: Awaited<ReturnType<typeof getTreatment>>;

beforeAll(async () => {
  y90Before = await getTreatment("y90-radioembolization", "en");
  expect(y90Before!.offers.map((offer) => offer.clinic.slug)).toContain(clinic);
  await setPublished(false, { clinics: [clinic], doctors: [doctor] });
});

afterAll(() => setPublished(true, { clinics: [clinic], doctors: [doctor] }));

describe("an unpublished clinic or doctor", () => {
  it("has no page", async () => {
    expect(await getClinic(clinic, "en")).toBeNull();
    expect(await getDoctor(doctor, "de")).toBeNull();
  });

  // The sitemap and generateStaticParams list these slugs; tests/e2e/catalog-unpublish.spec.ts reads the sitemap itself.
  it("is left out of the lists, the country filter and the static pages' slugs", async () => {
    expect(slugsOf(await listClinics("en"))).not.toContain(clinic);
    expect(slugsOf(await listDoctors("en"))).not.toContain(doctor);
    // The only clinic in Israel: its country is no longer a filter choice, and filtering by it finds nothing.
    expect((await listClinicFilterOptions("en")).countries).not.toContain("IL");
    expect(await listClinics("en", { country: "IL" })).toEqual([]);
    const slugs = await listCatalogSlugs();
    expect(slugs.clinics).not.toContain(clinic);
    expect(slugs.doctors).not.toContain(doctor);
  });

  it("is neither among a clinic's doctors nor a doctor's clinics", async () => {
    expect(slugsOf((await getClinic("quellenried-liver-oncology-clinic", "en"))!.doctors)).not.toContain(doctor);
    expect(slugsOf((await getClinic("serravento-liver-institute", "en"))!.doctors)).not.toContain(doctor);
    expect((await getDoctor("yael-ashkenari", "en"))!.clinics).toEqual([]);
  });

  it("no longer offers a treatment, nor counts among the clinics that price it", async () => {
    const y90 = (await getTreatment("y90-radioembolization", "en"))!;
    expect(slugsOf(y90.offers.map((offer) => offer.clinic))).not.toContain(clinic);
    expect(y90.prices.clinicCount).toBe(y90Before!.prices.clinicCount - 1);
    const listed = (await listTreatments("en")).find((treatment) => treatment.slug === "y90-radioembolization")!;
    expect(listed.prices).toEqual(y90.prices);
  });

  it("is not a treatment filter's reason to exist once every clinic offering the treatment is unpublished", async () => {
    const cryoablation = (await getTreatment("cryoablation", "en"))!.offers.map((offer) => offer.clinic.slug);
    expect(cryoablation).toEqual(["serravento-liver-institute"]);
    expect(slugsOf((await listClinicFilterOptions("en")).treatments)).toContain("cryoablation");
    await setPublished(false, { clinics: cryoablation });
    try {
      expect(slugsOf((await listClinicFilterOptions("en")).treatments)).not.toContain("cryoablation");
    } finally {
      await setPublished(true, { clinics: cryoablation });
    }
  });

  it("cannot be chosen in the consultation form", async () => {
    const options = await listConsultationOptions("ar");
    expect(slugsOf(options.clinics)).not.toContain(clinic);
    expect(slugsOf(options.doctors)).not.toContain(doctor);
    expect(options.clinics.length).toBeGreaterThan(0);
  });

  it("no longer keeps the demo notice on once no demo clinic or doctor is published", async () => {
    expect(await demoContentPublished()).toBe(true);
    const all = { clinics: slugsOf(await listClinics("en")), doctors: slugsOf(await listDoctors("en")) };
    await setPublished(false, all);
    try {
      expect(await demoContentPublished()).toBe(false);
    } finally {
      await setPublished(true, all);
    }
  });
});
