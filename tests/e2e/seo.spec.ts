import { expect, test } from "@playwright/test";

const locales = ["en", "ru", "uk", "de", "ar"];

test("the home page's title names Careport once", async ({ page }) => {
  await page.goto("/de");
  await expect(page).toHaveTitle("Careport – Behandlung von Lebermetastasen im Ausland, mit kostenloser Beratung");
});

test("a treatment page has localized title, canonical, hreflang alternates, Open Graph and JSON-LD", async ({ page }) => {
  await page.goto("/de/treatments/stereotactic-radiosurgery");
  await expect(page).toHaveTitle(/· Careport$/);
  const head = page.locator("head");
  await expect(head.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/de\/treatments\/stereotactic-radiosurgery$/);
  for (const locale of locales) {
    await expect(head.locator(`link[rel="alternate"][hreflang="${locale}"]`)).toHaveAttribute(
      "href",
      new RegExp(`/${locale}/treatments/stereotactic-radiosurgery$`),
    );
  }
  await expect(head.locator('meta[name="description"]')).toHaveAttribute("content", /.{40,}/);
  await expect(head.locator('meta[property="og:title"]')).toHaveAttribute("content", /.+/);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd["@type"]).toBe("MedicalWebPage");
  expect(jsonLd.about["@type"]).toBe("MedicalProcedure");
  expect(jsonLd.lastReviewed).toBe("2026-11-20");
  // The seeded reviewer is a fictional sample: shown to visitors with its label, never claimed to search engines.
  expect(jsonLd).not.toHaveProperty("reviewedBy");
});

test("clinic, doctor and condition pages describe themselves with schema.org types", async ({ page }) => {
  await page.goto("/en/conditions/liver-metastases");
  expect(JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!).about["@type"]).toBe(
    "MedicalCondition",
  );
  await page.goto("/en/clinics");
  await page.getByRole("main").getByRole("article").first().getByRole("link").first().click();
  expect(JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)["@type"]).toBe(
    "MedicalClinic",
  );
  await page.goto("/en/doctors");
  await page.getByRole("main").getByRole("article").first().getByRole("link").first().click();
  expect(JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)["@type"]).toBe(
    "Physician",
  );
});

test("sitemap.xml lists every catalog page in every locale, and robots.txt points to it", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const locale of locales) {
    expect(sitemap).toContain(`/${locale}/treatments/y90-radioembolization</loc>`);
    expect(sitemap).toContain(`/${locale}/conditions/liver-metastases</loc>`);
  }
  expect(sitemap.match(/<loc>/g)?.length).toBeGreaterThan(5 * 30);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Sitemap:");
  expect(robots).toContain("/sitemap.xml");
});
