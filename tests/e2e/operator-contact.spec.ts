import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { admin, signInInLocale } from "./support/coordinator";
import { actAsNewVisitor } from "./support/visitor";

test.beforeEach(({ page }) => actAsNewVisitor(page));

const axe = (page: Page) => new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);

/** A page generated at build time: after the save it is regenerated, not rebuilt. */
const staticPage = "/en/treatments";

/** Reloads until the footer shows what was saved (a regenerated static page may be served stale once). */
async function expectSoonAfterReload(page: Page, check: () => Promise<void>) {
  await expect(async () => {
    await page.reload();
    await check();
  }).toPass({ timeout: 15_000 });
}

test("the admin saves who runs the site; a static catalog page and the thank-you page show it within seconds", async ({ page }) => {
  test.setTimeout(90_000); // signing in, two saves, a regenerated page, the thank-you page and two axe runs
  await signInInLocale(page, "en", admin);
  await page.goto("/en/admin/settings");
  const form = page.getByRole("form", { name: "Who runs the site" });
  await form.getByLabel("Operator or brand name").fill("Careport Test Coordination");
  await form.getByLabel("Legal entity").fill("Careport Test Services GmbH");
  await form.getByLabel("Postal address").fill("Example Street 1, 10115 Berlin, Germany");
  await form.getByLabel("Email").fill("desk@careport.example");
  await form.getByLabel("Phone", { exact: true }).fill("020 7946 0321");
  await form.getByRole("button", { name: "Save the operator's details" }).click();
  await expect(form.getByText("Enter the number in international form")).toBeVisible();
  await expect(form.getByLabel("Phone", { exact: true })).toHaveAttribute("aria-invalid", "true");

  await form.getByLabel("Phone", { exact: true }).fill("+44 20 7946 0321");
  await form.getByRole("button", { name: "Save the operator's details" }).click();
  await expect(form.getByRole("status")).toHaveText("The operator's details have been saved.");

  await page.goto(staticPage);
  const footer = page.getByRole("contentinfo");
  await expectSoonAfterReload(page, async () => {
    await expect(footer.getByRole("link", { name: "+44 20 7946 0321" })).toHaveAttribute("href", "tel:+442079460321", { timeout: 1_000 });
  });
  await expect(footer).toContainText("Careport Test Services GmbH");
  await expect(footer.getByRole("link", { name: "desk@careport.example" })).toHaveAttribute("href", "mailto:desk@careport.example");
  const smallTargets = await footer.getByRole("link").evaluateAll((links) =>
    links.map((link) => ({ link: link.textContent, box: link.getBoundingClientRect() })).filter(({ box }) => Math.min(box.width, box.height) < 44),
  );
  expect(smallTargets).toEqual([]);

  expect((await axe(page).include("footer").analyze()).violations).toEqual([]);

  await page.goto("/ar/consultation/thank-you?reference=CP-7K3Q-9X2M");
  await expect(page.getByTestId("reference")).toHaveText("CP-7K3Q-9X2M");
  const contacts = page.getByRole("main");
  const phone = contacts.getByRole("link", { name: "+44 20 7946 0321" });
  await expect(phone).toHaveAttribute("href", "tel:+442079460321");
  await expect(phone.locator('bdi[dir="ltr"]')).toHaveText("+44 20 7946 0321");
  expect(await phone.evaluate((node) => getComputedStyle(node.parentElement!).direction)).toBe("rtl");
  await expect(contacts.getByRole("link", { name: "desk@careport.example" })).toHaveAttribute("href", "mailto:desk@careport.example");
  expect((await axe(page).analyze()).violations).toEqual([]);
});

test("the demo notice cannot be turned off while demo clinics and doctors are published", async ({ page }) => {
  await signInInLocale(page, "en", admin);
  await page.goto("/en/admin/settings");
  const form = page.getByRole("form", { name: "Who runs the site" });
  await form.getByLabel("Hide the demo notice").check();
  await form.getByRole("button", { name: "Save the operator's details" }).click();
  await expect(form.getByText("Demo clinics or doctors are still published")).toBeVisible();
  await page.goto(staticPage);
  await expect(page.getByText("Demo site:")).toBeVisible();
});
