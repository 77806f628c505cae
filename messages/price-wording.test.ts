import { readFileSync } from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";

const say = (locale: string, key: "published" | "nonePublished", values: Record<string, number>) => {
  const messages = JSON.parse(readFileSync(path.join(import.meta.dirname, `${locale}.json`), "utf8"));
  return new IntlMessageFormat(messages.Prices[key], locale).format(values);
};

// The price summary's lead: how many of a treatment's clinics publish a price, with each language's plural forms.
describe("how many clinics publish a price", () => {
  it.each([
    ["en", 1, 5, "1 of 5 clinics publishes a price:"],
    ["en", 2, 2, "2 of 2 clinics publish a price:"],
    ["en", 1, 1, "1 of 1 clinic publishes a price:"],
    ["ru", 1, 5, "1 из 5 клиник публикует цену:"],
    ["ru", 3, 21, "3 из 21 клиники публикуют цену:"],
    ["ru", 21, 30, "21 из 30 клиник публикует цену:"],
    ["uk", 2, 5, "2 із 5 клінік публікують ціну:"],
    ["de", 1, 5, "1 von 5 Kliniken veröffentlicht einen Preis:"],
    ["de", 2, 5, "2 von 5 Kliniken veröffentlichen einen Preis:"],
    ["ar", 1, 5, "عيادة واحدة من أصل 5 عيادات تنشر سعرًا:"],
    ["ar", 2, 11, "عيادتان من أصل 11 عيادة تنشران سعرًا:"],
  ])("%s: %i of %i", (locale, priced, total, expected) => {
    expect(say(locale, "published", { priced, total })).toBe(expected);
  });

  it.each([
    ["en", 1, "The clinic gives its price on request"],
    ["en", 4, "None of the 4 clinics publishes a price: each gives it on request"],
    ["ru", 5, "Ни одна из 5 клиник не публикует цену: все сообщают её по запросу"],
    ["ar", 2, "لا تنشر أيٌّ من العيادتين سعرًا: كلتاهما تقدّمه عند الطلب"],
  ])("%s: none of %i", (locale, total, expected) => {
    expect(say(locale, "nonePublished", { total })).toBe(expected);
  });
});
