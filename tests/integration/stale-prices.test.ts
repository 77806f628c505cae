import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getClinic } from "@/lib/catalog/clinics";
import { listStaleOffers } from "@/lib/catalog/stale-offers";
import { getTreatment } from "@/lib/catalog/treatments";
import { getSettings, resetSetting, updateSetting, updateSettings } from "@/lib/settings/settings";

const seededCheck = new Date("2026-11-20T00:00:00Z");
const daysAfterSeededCheck = (days: number) => new Date(seededCheck.getTime() + days * 86_400_000 + 9 * 3_600_000);
const offerOf = (clinic: string, treatment: string) => ({ clinic: { slug: clinic }, treatment: { slug: treatment } });

async function checkOfferOn(clinic: string, treatment: string, checkedOn: Date) {
  await db.clinicTreatment.updateMany({ where: offerOf(clinic, treatment), data: { checkedOn } });
}

describe("the price staleness setting", () => {
  afterEach(() => resetSetting("priceStaleAfterDays"));

  it("is 180 days until an admin changes it", async () => {
    expect((await getSettings()).priceStaleAfterDays).toBe(180);
  });

  it("is saved with the other settings, as the settings form saves them", async () => {
    await updateSettings({ responseMinutes: 30, priceStaleAfterDays: 90 });
    expect((await getSettings()).priceStaleAfterDays).toBe(90);
  });

  it("refuses a value outside 1 to 3,650 days", async () => {
    await expect(updateSetting("priceStaleAfterDays", 0)).rejects.toThrow();
    await expect(updateSetting("priceStaleAfterDays", 3651)).rejects.toThrow();
    await expect(updateSetting("priceStaleAfterDays", 30.5)).rejects.toThrow();
    expect((await getSettings()).priceStaleAfterDays).toBe(180);
  });
});

describe("stale offers for the catalog editor", () => {
  const older = { clinic: "svetlodol-liver-oncology-clinic", treatment: "surgical-resection", checkedOn: new Date("2026-01-10T00:00:00Z") };
  const old = { clinic: "svetlodol-liver-oncology-clinic", treatment: "y90-radioembolization", checkedOn: new Date("2026-03-12T00:00:00Z") };

  afterEach(async () => {
    for (const { clinic, treatment } of [older, old]) await checkOfferOn(clinic, treatment, seededCheck);
    await resetSetting("priceStaleAfterDays");
  });

  it("lists none while every price was checked within the setting", async () => {
    expect(await listStaleOffers(daysAfterSeededCheck(180))).toEqual([]);
  });

  it("lists the offers checked longer ago than the setting, oldest first, named in English", async () => {
    for (const { clinic, treatment, checkedOn } of [old, older]) await checkOfferOn(clinic, treatment, checkedOn);
    const now = new Date("2026-12-02T12:00:00Z");
    const stale = await listStaleOffers(now);
    expect(stale.map(({ clinic, treatment, checkedOn, daysSince }) => [clinic.slug, treatment.slug, checkedOn, daysSince])).toEqual([
      [older.clinic, older.treatment, older.checkedOn, 326],
      [old.clinic, old.treatment, old.checkedOn, 265],
    ]);
    expect(stale[0]!.clinic.name).toBe("Svetlodol Liver Oncology Clinic");
    expect(stale[0]!.treatment.name).toMatch(/resection/i);
  });

  it("follows the setting, a day past it making every seeded price stale", async () => {
    await updateSetting("priceStaleAfterDays", 30);
    const seededOffers = await db.clinicTreatment.count();
    expect(await listStaleOffers(daysAfterSeededCheck(30))).toEqual([]);
    expect(await listStaleOffers(daysAfterSeededCheck(31))).toHaveLength(seededOffers);
  });
});

describe("what visitors are told of a price's age", () => {
  const clinic = "svetlodol-liver-oncology-clinic";
  afterEach(() => checkOfferOn(clinic, "y90-radioembolization", seededCheck));

  it("dates every published price, marks a stale one, and dates no price given on request", async () => {
    await checkOfferOn(clinic, "y90-radioembolization", new Date("2026-03-12T00:00:00Z"));
    const offers = new Map((await getClinic(clinic, "en"))!.offers.map((offer) => [offer.treatment.slug, offer.priceConfirmed]));
    expect(offers.get("y90-radioembolization")).toEqual({ on: new Date("2026-03-12T00:00:00Z"), stale: true });
    expect(offers.get("surgical-resection")).toEqual({ on: seededCheck, stale: false });
    expect(offers.get("thermal-ablation")).toBeNull();

    const treatment = (await getTreatment("y90-radioembolization", "ar"))!;
    const marked = treatment.offers.filter((offer) => offer.priceConfirmed?.stale).map((offer) => offer.clinic.slug);
    expect(marked).toEqual([clinic]);
  });
});
