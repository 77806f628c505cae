import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type Locator } from "@playwright/test";
import { queryDatabase } from "./support/database";

// A clinic no other spec asserts on: the other specs run alongside while it is unpublished.
const clinic = "almogan-oncology-centre";
const clinicPage = `/en/clinics/${clinic}`;

/** Unpublishes or republishes the clinic as publishing would: the row changed, then the change announced. */
async function setPublished(published: boolean) {
  await queryDatabase(`UPDATE "Clinic" SET "unpublishedAt" = ${published ? "NULL" : "now()"} WHERE "slug" = $1`, [clinic]);
  await queryDatabase(`SELECT pg_notify('pages_changed', '')`);
}
const statusOf = async (request: APIRequestContext, path: string) => (await request.get(path, { maxRedirects: 0 })).status();
const sitemap = async (request: APIRequestContext) => (await request.get("/sitemap.xml")).text();

test("an unpublished clinic's page answers 404, and the list, a treatment page and the sitemap stop linking to it", async ({ page, request }) => {
  test.setTimeout(90_000);
  const link = page.getByRole("main").getByRole("link", { name: "Almogan Oncology Centre" });
  expect(await statusOf(request, clinicPage)).toBe(200);
  expect(await sitemap(request)).toContain(`/ar${clinicPage.slice(3)}</loc>`);
  const worksAt = page.getByRole("heading", { name: "Works at" });
  for (const path of ["/en/clinics", "/en/treatments/y90-radioembolization"]) {
    await page.goto(path);
    await expect(link).toBeVisible();
  }
  await page.goto("/en/doctors/yael-ashkenari");
  await expect(worksAt).toBeVisible();
  try {
    await setPublished(false);
    await expect.poll(() => statusOf(request, clinicPage), { timeout: 15_000 }).toBe(404);
    await expect.poll(() => sitemap(request), { timeout: 15_000 }).not.toContain(clinic);
    await page.goto("/en/clinics");
    await expect(page.getByRole("main").getByRole("article").first()).toBeVisible();
    await expect(link).toHaveCount(0);
    /** Statically generated pages are regenerated at a visit after the refresh: visit until the change shows. */
    const countOnPage = (path: string, locator: Locator) => async () => {
      await page.goto(path);
      return locator.count();
    };
    await expect.poll(countOnPage("/en/treatments/y90-radioembolization", link), { timeout: 15_000 }).toBe(0);
    // Its one doctor stays, without a "Works at" section listing nothing.
    await expect.poll(countOnPage("/en/doctors/yael-ashkenari", worksAt), { timeout: 15_000 }).toBe(0);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Yael Ashkenari");
  } finally {
    await setPublished(true);
    await expect.poll(() => statusOf(request, clinicPage), { timeout: 15_000 }).toBe(200);
  }
});

test("a renamed clinic's and doctor's old addresses answer 308 to the current page, in the same language", async ({ page, request }) => {
  const old = { clinic: `serravento-${randomUUID().slice(0, 8)}`, doctor: `ha-eun-jeon-${randomUUID().slice(0, 8)}` };
  await queryDatabase(
    `INSERT INTO "CatalogSlugRedirect" ("kind", "fromSlug", "itemId")
     SELECT 'CLINIC'::"CatalogItemKind", $1, "id" FROM "Clinic" WHERE "slug" = 'serravento-liver-institute'
     UNION ALL SELECT 'DOCTOR'::"CatalogItemKind", $2, "id" FROM "Doctor" WHERE "slug" = 'ha-eun-jeon'`,
    [old.clinic, old.doctor],
  );
  try {
    for (const [path, current] of [
      [`/de/clinics/${old.clinic}`, "/de/clinics/serravento-liver-institute"],
      [`/ar/doctors/${old.doctor}`, "/ar/doctors/ha-eun-jeon"],
      [`/uk/clinics/${old.clinic}/share.png`, "/uk/clinics/serravento-liver-institute/share.png"],
    ] as const) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(308);
      expect(new URL(response.headers().location!, response.url()).pathname, path).toBe(current);
    }
    await page.goto(`/de/clinics/${old.clinic}`);
    await expect(page).toHaveURL(/\/de\/clinics\/serravento-liver-institute$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Leberinstitut Serravento");
    expect(await statusOf(request, `/de/clinics/never-${old.clinic}`)).toBe(404);
  } finally {
    await queryDatabase(`DELETE FROM "CatalogSlugRedirect" WHERE "fromSlug" IN ($1, $2)`, [old.clinic, old.doctor]);
  }
});
