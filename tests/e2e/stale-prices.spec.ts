import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { queryDatabase } from "./support/database";

const clinic = { slug: "svetlodol-liver-oncology-clinic", name: { en: "Svetlodol Liver Oncology Clinic", ar: "عيادة سفيتلودول لأورام الكبد" } };
const staleOffer = { slug: "y90-radioembolization", name: { en: "Radioembolization with yttrium-90 (SIRT)", ar: "الانصمام الإشعاعي بالإيتريوم-90 (SIRT)" } };
const freshOffer = { en: "Surgical removal of liver metastases (liver resection)", ar: "الاستئصال الجراحي للنقائل الكبدية (استئصال جزء من الكبد)" };
const onRequestOffer = { en: "Thermal ablation (radiofrequency and microwave)", ar: "الاستئصال الحراري (بالترددات الراديوية والموجات الدقيقة)" };
const longAgo = "2026-03-12";
const seededCheck = "2026-11-20";

type Locale = "en" | "ar";
const day = (locale: Locale, isoDay: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${isoDay}T00:00:00Z`));
const phrases = {
  en: { confirmed: "Price last confirmed on", askForQuote: "ask for a current quote" },
  ar: { confirmed: "آخر تأكيد للسعر في", askForQuote: "اطلب عرض سعر حديثًا" },
};
const freshLine = (locale: Locale, date: string) => `${phrases[locale].confirmed} ${date}`;
const staleLine = (locale: Locale, date: string) => `${freshLine(locale, date)} — ${phrases[locale].askForQuote}`;
const offerCard = (page: Page, name: string) =>
  page.getByRole("listitem").filter({ has: page.getByRole("heading", { name, exact: true }) });

/** Dates the offer's last check as an editor would, and announces it so the static pages are generated again. */
async function checkOfferOn(isoDay: string) {
  await queryDatabase(
    `UPDATE "ClinicTreatment" SET "checkedOn" = $1::date
     WHERE "clinicId" = (SELECT "id" FROM "Clinic" WHERE "slug" = $2) AND "treatmentId" = (SELECT "id" FROM "Treatment" WHERE "slug" = $3)`,
    [isoDay, clinic.slug, staleOffer.slug],
  );
  await queryDatabase(`SELECT pg_notify('pages_changed', '')`);
}

/** A statically generated page shows the change once it has been generated again, within seconds. */
async function openOnceRefreshed(page: Page, path: string, expectedText: string) {
  await expect
    .poll(async () => (await page.request.get(path)).text().then((html) => html.includes(expectedText)), { timeout: 15_000 })
    .toBe(true);
  await page.goto(path);
}

test("a price not checked for longer than the setting is marked on the clinic and treatment pages in English and Arabic; a fresh one is dated quietly", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await checkOfferOn(longAgo);
  try {
    for (const locale of ["en", "ar"] as const) {
      const marked = staleLine(locale, day(locale, longAgo));

      await openOnceRefreshed(page, `/${locale}/clinics/${clinic.slug}`, marked);
      await expect(offerCard(page, staleOffer.name[locale]).getByText(marked, { exact: true })).toBeVisible();
      const fresh = offerCard(page, freshOffer[locale]);
      await expect(fresh.getByText(freshLine(locale, day(locale, seededCheck)))).toBeVisible();
      await expect(fresh).not.toContainText(phrases[locale].askForQuote);
      await expect(offerCard(page, onRequestOffer[locale])).not.toContainText(phrases[locale].confirmed);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

      await openOnceRefreshed(page, `/${locale}/treatments/${staleOffer.slug}`, marked);
      await expect(offerCard(page, clinic.name[locale]).getByText(marked, { exact: true })).toBeVisible();
    }
  } finally {
    await checkOfferOn(seededCheck);
  }
});
