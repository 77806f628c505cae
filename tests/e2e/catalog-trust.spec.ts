import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const usd = (locale: string, amount: number) =>
  new Intl.NumberFormat(locale, { style: "currency", currency: "USD", maximumFractionDigits: 0 }).format(amount);

const pages = [
  {
    locale: "en",
    reviewedBy: /^Medically reviewed by Dr Ines Halvorsen, .+, on November 20, 2026$/,
    sample: "Fictional sample reviewer",
    prices: `1 of 5 clinics publishes a price: from ${usd("en", 2550)} per operation`,
    upTo: /^up to 60%$/,
  },
  {
    locale: "ar",
    reviewedBy: /^تمت المراجعة الطبية بواسطة د\. إينيس هالفورسن، .+، في 20 نوفمبر 2026$/,
    sample: "مراجِعة خيالية للعرض",
    prices: `عيادة واحدة من أصل 5 عيادات تنشر سعرًا: ابتداءً من ${usd("ar", 2550)} للعملية الجراحية`,
    upTo: /^حتى 60\W*%/,
  },
];

const figuresSection = (page: Page) => page.locator('section[aria-labelledby="figures"]');

for (const expected of pages) {
  test(`a treatment page in ${expected.locale} names its reviewer, groups figures by source and says who publishes a price`, async ({
    page,
  }) => {
    await page.goto(`/${expected.locale}/treatments/surgical-resection`);

    await expect(page.getByText(expected.reviewedBy)).toBeVisible();
    await expect(page.getByText(expected.sample)).toBeVisible();

    // Two sources, two headings: each source is named once, above the figures it gave.
    const sources = figuresSection(page).getByRole("heading", { level: 3 });
    await expect(sources).toHaveText(["Liver metastasis (patient information page)", "Liver metastases (patient information page)"]);
    await expect(figuresSection(page).getByText(expected.upTo)).toBeVisible();

    const summary = page.locator('section[aria-labelledby="prices"]').getByText(expected.prices);
    await expect(summary).toBeVisible();
    if (expected.locale === "ar") {
      await expect(summary.locator('bdi[dir="ltr"]')).toHaveText(usd("ar", 2550));
    }

    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
}

test("on a phone the Russian TACE figures state their study once and fit in under three screens", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/ru/treatments/tace-chemoembolization");
  const section = figuresSection(page);
  await expect(section.getByRole("heading", { level: 3 })).toHaveCount(1);
  await expect(section.getByText(/^Группа пациентов:/)).toHaveCount(1);
  // 4,557 px before the figures were grouped under their source (README: "Catalog trust").
  expect((await section.boundingBox())!.height).toBeLessThan(3 * 844);
});

test("clinic pages give each price its unit, and a coordination fee without a published amount as on request", async ({
  page,
}) => {
  await page.goto("/en/clinics/svetlodol-liver-oncology-clinic");
  await expect(page.getByText(`from ${usd("en", 2550)} per operation`)).toBeVisible();
  await expect(page.getByText(`from ${usd("en", 1000)} per course of treatment`)).toBeVisible();

  await page.goto("/en/clinics/serravento-liver-institute");
  await expect(page.getByText("Our coordination fee: amount on request").first()).toBeVisible();
});

test("list pages name the reviewer who reviewed everything they list", async ({ page }) => {
  for (const path of ["/en", "/en/treatments", "/en/clinics", "/en/doctors"]) {
    await page.goto(path);
    await expect(page.getByText(pages[0]!.reviewedBy), path).toBeVisible();
  }
});
