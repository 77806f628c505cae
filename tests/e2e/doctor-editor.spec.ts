import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { editorOnly, signInInLocale } from "./support/coordinator";
import { queryDatabase } from "./support/database";
import { actAsNewVisitor } from "./support/visitor";

// A doctor no other spec asserts on.
const doctor = { slug: "jonas-wetterich", renamed: "jonas-wetterich-md", name: "Jonas Wetterich" };

test.beforeEach(({ page }) => actAsNewVisitor(page));

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations.map((violation) => `${violation.id}: ${violation.help}`);

const statusOf = async (page: Page, path: string) => {
  const response = await page.request.get(path, { maxRedirects: 0 });
  return { status: response.status(), location: response.headers().location };
};

async function openDoctorEditor(page: Page, locale: "en" | "ar") {
  await signInInLocale(page, locale, editorOnly, "catalog");
  await page.getByRole("link", { name: doctor.name }).click();
  await expect(page.locator("form[data-ready]")).toBeVisible();
}

async function publishAddress(page: Page, slug: string) {
  await page.getByLabel("Address").fill(slug);
  await expect(page.getByText(`/doctors/${slug}`)).toBeVisible();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Version \d+ is published/ })).toBeVisible();
}

test("an editor renames a doctor's address: the old address redirects to the new one for good, and renaming back works", async ({ page }) => {
  test.setTimeout(120_000);
  try {
    await openDoctorEditor(page, "en");
    await publishAddress(page, doctor.renamed);
    await expect.poll(() => statusOf(page, `/en/doctors/${doctor.slug}`), { timeout: 20_000 }).toEqual({ status: 308, location: `/en/doctors/${doctor.renamed}` });
    expect(await statusOf(page, `/ar/doctors/${doctor.slug}`)).toEqual({ status: 308, location: `/ar/doctors/${doctor.renamed}` });
    await page.goto(`/en/doctors/${doctor.slug}`);
    await expect(page).toHaveURL(new RegExp(`/en/doctors/${doctor.renamed}$`));
    await expect(page.getByRole("heading", { level: 1, name: doctor.name })).toBeVisible();

    await page.goto("/en/admin/catalog");
    await page.getByRole("link", { name: doctor.name }).click();
    await expect(page.locator("form[data-ready]")).toBeVisible();
    await publishAddress(page, doctor.slug);
    await expect.poll(async () => (await statusOf(page, `/en/doctors/${doctor.slug}`)).status, { timeout: 20_000 }).toBe(200);
    expect(await statusOf(page, `/en/doctors/${doctor.renamed}`)).toEqual({ status: 308, location: `/en/doctors/${doctor.slug}` });
  } finally {
    await queryDatabase(`UPDATE "Doctor" SET "slug" = $1 WHERE "slug" = $2`, [doctor.slug, doctor.renamed]);
    await queryDatabase(`DELETE FROM "CatalogDraft" WHERE "itemId" = (SELECT "id" FROM "Doctor" WHERE "slug" = $1)`, [doctor.slug]);
    await queryDatabase(`SELECT pg_notify('pages_changed', '')`);
  }
});

test("an editor takes a doctor off the site: the page answers 404 until it is put back", async ({ page }) => {
  test.setTimeout(120_000);
  const offSite = { slug: "vera-lugovskaya", name: "Vera Lugovskaya" };
  const path = `/en/doctors/${offSite.slug}`;
  try {
    await signInInLocale(page, "en", editorOnly, "catalog");
    await page.getByRole("link", { name: offSite.name }).click();
    await expect(page.getByText("This doctor is on the site.")).toBeVisible();
    await page.getByRole("button", { name: "Take off the site" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Visitors lose the page" })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Yes, take it off the site" }).click();
    await expect(page.getByRole("status").filter({ hasText: /Taken off the site \(version \d+\)/ })).toBeVisible();
    await expect.poll(async () => (await statusOf(page, path)).status, { timeout: 20_000 }).toBe(404);
    await expect(page.getByText(/This doctor is off the site/)).toBeVisible();

    await page.goto("/en/admin/catalog");
    await expect(page.getByRole("row").filter({ hasText: offSite.name })).toContainText("Off the site");
    await page.getByRole("link", { name: offSite.name }).click();
    await page.getByRole("button", { name: "Put back on the site" }).click();
    await expect(page.getByRole("status").filter({ hasText: /Back on the site \(version \d+\)/ })).toBeVisible();
    await expect.poll(async () => (await statusOf(page, path)).status, { timeout: 20_000 }).toBe(200);
  } finally {
    await queryDatabase(`UPDATE "Doctor" SET "unpublishedAt" = NULL WHERE "slug" = $1`, [offSite.slug]);
    await queryDatabase(`SELECT pg_notify('pages_changed', '')`);
  }
});

test("an editor adds a new doctor: a draft listed in the catalog, then a public page once published", async ({ page }) => {
  test.setTimeout(120_000);
  const added = { slug: `e2e-doctor-${Date.now()}`, name: "Mira Castellane" };
  try {
    await signInInLocale(page, "en", editorOnly, "catalog");
    await page.getByRole("link", { name: "New doctor" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New doctor" })).toBeVisible();
    await expect(page.locator("form[data-ready]")).toBeVisible();
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Some fields need correcting" })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel("Address").fill(added.slug);
    await page.getByLabel("Years of experience").fill("12");
    await page.getByRole("group", { name: "Works at" }).getByLabel("Svetlodol Liver Oncology Clinic").check();
    await page.getByLabel("Name", { exact: true }).fill(added.name);
    await page.getByLabel("Title", { exact: true }).fill("Consultant hepatobiliary surgeon");
    await page.getByLabel("Description for search engines").fill("Mira Castellane, hepatobiliary surgeon.");
    await page.getByLabel("Biography", { exact: true }).fill("Liver surgeon for twelve years.");
    await page.getByLabel("Reviewed by").selectOption({ index: 1 });
    await page.getByLabel("Reviewed on").fill("2026-11-30");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();
    await expect(page).toHaveURL(/\/doctors\/new\?draft=/);
    expect((await statusOf(page, `/en/doctors/${added.slug}`)).status).toBe(404);

    await page.goto("/en/admin/catalog");
    await page.getByRole("region", { name: "Not yet published" }).getByRole("link", { name: added.name }).click();
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue(added.name);
    await page.getByRole("button", { name: "Publish" }).click();
    // Published, the new doctor has its own address, and the editor goes on there.
    await expect(page).toHaveURL(/\/admin\/catalog\/doctors\/[A-Za-z0-9_-]+$/);
    await expect(page.getByText("You are editing the published doctor (version 1).")).toBeVisible();
    await expect.poll(async () => (await statusOf(page, `/en/doctors/${added.slug}`)).status, { timeout: 20_000 }).toBe(200);
  } finally {
    await queryDatabase(`DELETE FROM "CatalogDraft" WHERE "itemId" IS NULL AND "document"->>'slug' = $1`, [added.slug]);
    await queryDatabase(`DELETE FROM "CatalogVersion" WHERE "itemId" = (SELECT "id" FROM "Doctor" WHERE "slug" = $1)`, [added.slug]);
    await queryDatabase(`DELETE FROM "Doctor" WHERE "slug" = $1`, [added.slug]);
    await queryDatabase(`SELECT pg_notify('pages_changed', '')`);
  }
});

for (const locale of ["en", "ar"] as const) {
  test(`no axe violations on a doctor's editor, with a translation, its history and its preview in ${locale}`, async ({ page }) => {
    test.setTimeout(90_000);
    await openDoctorEditor(page, locale);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator("#translation").selectOption("ru");
    expect(await axeViolations(page)).toEqual([]);
    const editorPath = new URL(page.url()).pathname;
    await page.goto(`${editorPath}/history`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${editorPath}/preview`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
