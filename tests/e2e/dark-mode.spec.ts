import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { formReady } from "./support/consultation-form";
import { signInInLocale } from "./support/coordinator";
import { queryDatabase } from "./support/database";
import { insertLead } from "./support/leads";

test.use({ colorScheme: "dark" });

/** The consultation form after an empty submit: every required field marked invalid, with its message. */
async function submitEmpty(page: Page) {
  await formReady(page);
  await page.locator('button[type="submit"]').click();
  await expect(page.locator("#fullName")).toHaveAttribute("aria-invalid", "true");
}

const pages: { name: string; path: string; then?: (page: Page) => Promise<void> }[] = [
  { name: "home page", path: "" },
  { name: "treatment page", path: "/treatments/tace-chemoembolization" },
  { name: "clinics list", path: "/clinics" },
  { name: "clinic page", path: "/clinics/veloria-hepatobiliary-centre" },
  { name: "doctor page", path: "/doctors/selin-aksungur" },
  { name: "consultation form submitted empty", path: "/consultation", then: submitEmpty },
  { name: "thank-you page", path: "/consultation/thank-you?reference=CP-7K3Q-9X2M" },
  { name: "workspace's sign-in page", path: "/admin/sign-in" },
];

/** WCAG relative luminance of an element's colour; for a background, the first opaque one from it up to the root. */
const luminance = (locator: Locator, property: "backgroundColor" | "color") =>
  locator.evaluate((element, property) => {
    let colour = getComputedStyle(element)[property];
    for (let parent = element.parentElement; parent && /^rgba\(.*,\s*0\)$/.test(colour); parent = parent.parentElement) {
      colour = getComputedStyle(parent)[property];
    }
    const [r = 0, g = 0, b = 0] = colour.match(/[\d.]+/g)!.map(Number);
    const linear = (channel: number) => (channel / 255 <= 0.04045 ? channel / 255 / 12.92 : ((channel / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  }, property);

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations.map(
    (violation) => `${violation.id}: ${violation.help}`,
  );

for (const locale of ["en", "ar"]) {
  for (const { name, path, then } of pages) {
    test(`in the dark scheme the ${name} in ${locale} is dark with light text, and axe finds nothing`, async ({ page }) => {
      await page.goto(`/${locale}${path}`);
      await then?.(page);
      expect(await luminance(page.locator("body"), "backgroundColor"), "luminance of the page's background").toBeLessThan(0.03);
      expect(await luminance(page.locator("body"), "color"), "luminance of the body text").toBeGreaterThan(0.6);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test("in the dark scheme the workspace's list shows an overdue lead, its buttons stay dark, and axe finds nothing on the list and the lead", async ({ page }) => {
  test.setTimeout(90_000); // signing in and two axe runs, on pages with tables and forms
  const lead = await insertLead("Dark Mode Overdue");
  try {
    await queryDatabase(`UPDATE "Lead" SET "respondBy" = now() - interval '1 hour' WHERE "id" = $1`, [lead.id]);
    await signInInLocale(page, "en");
    await page.goto(`/en/admin/leads?q=${lead.reference}`);
    await expect(page.getByRole("row").filter({ hasText: "Dark Mode Overdue" })).toContainText("overdue");
    const signOut = page.getByRole("button", { name: "Sign out" });
    expect(await luminance(signOut, "backgroundColor"), "luminance of a plain button's background").toBeLessThan(0.05);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("link", { name: lead.reference }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(lead.reference);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await queryDatabase(`DELETE FROM "Lead" WHERE "id" = $1`, [lead.id]);
  }
});

test("the browser's bar takes the page background of the visitor's scheme", async ({ page }) => {
  await page.goto("/en/treatments/tace-chemoembolization");
  const pageBackground = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const themeColour = await page.evaluate(() => {
    const meta = [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].find((tag) => matchMedia(tag.media).matches);
    const probe = document.createElement("i");
    probe.style.color = meta?.content ?? "";
    document.body.append(probe);
    return getComputedStyle(probe).color;
  });
  expect(pageBackground).toBe("rgb(16, 22, 29)");
  expect(themeColour).toBe(pageBackground);
});
