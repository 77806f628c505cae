import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { editorOnly, signInInLocale } from "./support/coordinator";
import { queryDatabase } from "./support/database";
import { startProductionServer } from "./support/production-server";
import { actAsNewVisitor } from "./support/visitor";

// A clinic and an offer no other spec asserts on: the offer is "price on request" in the seed.
// The workspace names clinics in English, the catalog's reference language, whatever its own language.
const clinic = { slug: "almogan-oncology-centre", name: "Almogan Oncology Centre", arabicName: "مركز ألموغان للأورام" };
const offer = { treatment: "immunotherapy", name: "Immunotherapy" };
const price = new Intl.NumberFormat("en", { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(4321);

test.beforeEach(({ page }) => actAsNewVisitor(page));

/** Back to the seed's "price on request", whatever the test got to, and every instance told to regenerate the pages. */
async function restoreSeededOffer() {
  await queryDatabase(`DELETE FROM "CatalogDraft" WHERE "itemId" = (SELECT "id" FROM "Clinic" WHERE "slug" = $1)`, [clinic.slug]);
  await queryDatabase(
    `UPDATE "ClinicTreatment" SET "priceFrom" = NULL, "currency" = NULL, "priceUnit" = NULL, "priceSourceId" = NULL
     WHERE "clinicId" = (SELECT "id" FROM "Clinic" WHERE "slug" = $1) AND "treatmentId" = (SELECT "id" FROM "Treatment" WHERE "slug" = $2)`,
    [clinic.slug, offer.treatment],
  );
  await queryDatabase(`SELECT pg_notify('pages_changed', '')`);
}

/** A statically generated page shows a change once every instance has generated it again: within seconds, no rebuild. */
async function expectPublicPage(page: Page, origins: string[], path: string, shows: boolean) {
  for (const origin of origins) {
    const showsPrice = async () => (await page.request.get(`${origin}${path}`)).text().then((html) => html.includes(price));
    await expect.poll(showsPrice, { timeout: 20_000, message: `${origin}${path}` }).toBe(shows);
  }
}

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations.map((violation) => `${violation.id}: ${violation.help}`);

test("an editor prices an offer and publishes it, the clinic and treatment pages of both instances show it within seconds, and restoring the previous version takes it back", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(150_000);
  // A second `npm start` of the same build and database: the editor publishes on the first, visitors read either.
  const second = startProductionServer({});
  try {
    const origins = [baseURL!, `http://127.0.0.1:${await second.listening}`];
    // A starting instance refreshes its pages once, in case it missed a signal while it was down: let that pass first.
    await expect.poll(second.output, { timeout: 15_000 }).toContain("Public pages marked for refresh");
    for (const path of [`/en/clinics/${clinic.slug}`, `/en/treatments/${offer.treatment}`]) await expectPublicPage(page, origins, path, false);

    await signInInLocale(page, "en", editorOnly, "catalog");
    await page.getByRole("link", { name: clinic.name }).click();
    await expect(page.getByRole("heading", { level: 1, name: clinic.name })).toBeVisible();
    await expect(page.locator("form[data-ready]")).toBeVisible();

    await page.getByLabel("Translation").selectOption("ar");
    await expect(page.getByLabel("Name · Arabic")).toHaveValue(clinic.arabicName);
    await expect(page.getByLabel("Name · Arabic")).toHaveAttribute("dir", "rtl");
    await page.getByLabel("Translation").selectOption("");

    const offerFields = page.getByRole("group", { name: offer.name });
    await offerFields.getByLabel("Price from").fill("4321");
    await offerFields.getByLabel("Currency").fill("EUR");
    await offerFields.getByLabel("Unit").selectOption({ label: "per course" });
    await offerFields.getByLabel("Price source").fill("marus-liver-metastases");
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByRole("status").filter({ hasText: /Version \d+ is published/ })).toBeVisible();

    await expectPublicPage(page, origins, `/en/clinics/${clinic.slug}`, true);
    await expectPublicPage(page, origins, `/en/treatments/${offer.treatment}`, true);

    await page.getByRole("link", { name: "History of this clinic" }).click();
    const versions = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2 }) });
    await expect(versions.first()).toContainText("Published by E2E");
    await expect(versions.first()).toContainText(`Offers › ${offer.name} › Price from`);
    await versions.nth(1).getByRole("button", { name: /^Restore version \d+$/ }).click();
    await expect(page.getByRole("status").filter({ hasText: /Version \d+ is published with the restored content/ })).toBeVisible();
    await expectPublicPage(page, origins, `/en/clinics/${clinic.slug}`, false);
    await expectPublicPage(page, origins, `/en/treatments/${offer.treatment}`, false);
  } finally {
    await restoreSeededOffer();
    second.child.kill("SIGTERM");
    await second.exited;
  }
});

for (const locale of ["en", "ar"] as const) {
  test(`no axe violations on the catalog, a clinic's editor, its history, its preview and a new clinic's editor in ${locale}`, async ({ page }) => {
    test.setTimeout(90_000);
    await signInInLocale(page, locale, editorOnly, "catalog");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("link", { name: clinic.name }).click();
    await expect(page.locator("form[data-ready]")).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await page.locator("#translation").selectOption("ar");
    expect(await axeViolations(page)).toEqual([]);

    const editorPath = new URL(page.url()).pathname;
    await page.goto(`${editorPath}/history`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${editorPath}/preview`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`/${locale}/admin/catalog/clinics/new`);
    await expect(page.locator("form[data-ready]")).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("the catalog, a clinic's editor with a translation and its history fit a 360 px phone in Arabic without sideways scrolling @mobile", async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 360, height: 800 });
  await signInInLocale(page, "ar", editorOnly, "catalog");
  const fits = async () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(await fits()).toBe(true);
  await page.getByRole("link", { name: clinic.name }).click();
  await expect(page.locator("form[data-ready]")).toBeVisible();
  await page.locator("#translation").selectOption("ar");
  expect(await fits()).toBe(true);
  await page.goto(`${new URL(page.url()).pathname}/history`);
  expect(await fits()).toBe(true);
});
