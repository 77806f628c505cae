import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { getSettings } from "@/lib/settings/settings";
import type { PriceFreshnessRule } from "./offers";
import { daysSince, staleBefore } from "./price-freshness";
import { inLocale, translated } from "./translation";

/**
 * Every offer not checked within the `priceStaleAfterDays` setting, oldest check first, named in English (the
 * editor's reference language). Offers quoted on request are listed too: that answer goes out of date as well.
 */
export async function listStaleOffers(now = new Date()) {
  const { priceStaleAfterDays } = await getSettings();
  const rows = await db.clinicTreatment.findMany({
    where: { checkedOn: { lt: staleBefore(now, priceStaleAfterDays) } },
    orderBy: [{ checkedOn: "asc" }, { clinic: { slug: "asc" } }, { treatment: { slug: "asc" } }],
    select: {
      checkedOn: true,
      priceFrom: true,
      clinic: { select: { slug: true, translations: { ...inLocale("en"), select: { name: true } } } },
      treatment: { select: { slug: true, translations: { ...inLocale("en"), select: { name: true } } } },
    },
  });
  return rows.map(({ checkedOn, priceFrom, clinic, treatment }) => ({
    clinic: { slug: clinic.slug, name: translated(clinic.translations, clinic.slug).name },
    treatment: { slug: treatment.slug, name: translated(treatment.translations, treatment.slug).name },
    checkedOn,
    daysSince: daysSince(checkedOn, now),
    priced: priceFrom !== null,
  }));
}

/**
 * The rule public pages apply while they render. They are generated statically and regenerated at most hourly (or on
 * a catalog change), so a price turns stale on the site up to that long after the day it crosses the setting.
 */
export const priceFreshnessRule = cache(async (): Promise<PriceFreshnessRule> => {
  const { priceStaleAfterDays } = await getSettings();
  return { now: new Date(), staleAfterDays: priceStaleAfterDays };
});
