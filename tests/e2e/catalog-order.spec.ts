import { expect, test, type APIRequestContext } from "@playwright/test";
import { editorOnly, signInInLocale } from "./support/coordinator";
import { queryDatabase } from "./support/database";
import { actAsNewVisitor } from "./support/visitor";

// Two neighbours near the end of the doctors' list that no other spec moves, unpublishes or asserts the order of.
const upper = { slug: "ha-eun-jeon", name: "Ha-eun Jeon" };
const lower = { slug: "artyom-zarechny", name: "Artyom Zarechny" };

test.beforeEach(({ page }) => actAsNewVisitor(page));

/** Whether the public doctors' list shows `lower` before `upper`. */
async function publicListSwapped(request: APIRequestContext) {
  const html = await (await request.get("/en/doctors")).text();
  return html.indexOf(lower.name) < html.indexOf(upper.name);
}

test("an editor moves a doctor up: the catalog's table and the public list show the new order within seconds, and focus stays on the button", async ({ page }) => {
  test.setTimeout(90_000);
  const [before] = await queryDatabase<{ upper: number; lower: number }>(
    `SELECT (SELECT "sortOrder" FROM "Doctor" WHERE "slug" = $1) AS "upper", (SELECT "sortOrder" FROM "Doctor" WHERE "slug" = $2) AS "lower"`,
    [upper.slug, lower.slug],
  );
  try {
    expect(await publicListSwapped(page.request)).toBe(false);
    await signInInLocale(page, "en", editorOnly, "catalog");
    const doctors = page.getByRole("region", { name: "Doctors" }).getByRole("row");
    const rowNames = async () => (await doctors.locator("th[scope=row] a").allTextContents()).filter((name) => name === upper.name || name === lower.name);
    expect(await rowNames()).toEqual([upper.name, lower.name]);

    const moveUp = page.getByRole("button", { name: `Move ${lower.name} up` });
    await moveUp.click();
    await expect(page.getByRole("status").filter({ hasText: `${lower.name} is now number` })).toBeAttached();
    await expect.poll(rowNames).toEqual([lower.name, upper.name]);
    await expect(moveUp).toBeFocused();
    await expect.poll(() => publicListSwapped(page.request), { timeout: 20_000 }).toBe(true);

    // Keyboard only: the focused button's neighbour moves it back.
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: `Move ${lower.name} down` })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect.poll(rowNames).toEqual([upper.name, lower.name]);
    await expect.poll(() => publicListSwapped(page.request), { timeout: 20_000 }).toBe(false);
  } finally {
    await queryDatabase(`UPDATE "Doctor" SET "sortOrder" = CASE "slug" WHEN $1 THEN $3::int ELSE $4::int END WHERE "slug" IN ($1, $2)`, [upper.slug, lower.slug, before!.upper, before!.lower]);
    await queryDatabase(`SELECT pg_notify('pages_changed', '')`);
  }
});
