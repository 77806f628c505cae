import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { adminOnly, signInInLocale } from "./support/coordinator";
import { queryDatabase } from "./support/database";
import { actAsNewVisitor } from "./support/visitor";

const clinic = "Saebyeol Liver Centre";
const address = `e2e-${Date.now()}@saebyeol.test`;

test.beforeEach(({ page }) => actAsNewVisitor(page));

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations.map((violation) => `${violation.id}: ${violation.help}`);

test("an admin adds a clinic's coordinator address, sees it logged, and removes it", async ({ page }) => {
  test.setTimeout(90_000);
  try {
    await signInInLocale(page, "en", adminOnly, "users");
    await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Clinic contacts" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Clinic contacts" })).toBeVisible();
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2, name: clinic }) });
    const form = card.getByRole("form", { name: `Add an address to ${clinic}` });

    await form.getByLabel("Email address").fill("not an address");
    await form.getByRole("button", { name: "Add address" }).click();
    await expect(form.getByText("Please enter a valid email address.")).toBeVisible();

    await form.getByLabel("Email address").fill(address);
    await form.getByLabel("Who reads it").fill("International office");
    await form.getByRole("button", { name: "Add address" }).click();
    await expect(card.getByText(address, { exact: true })).toBeVisible();
    const log = page.getByRole("region", { name: "Change log" });
    await expect(log.getByRole("row").filter({ hasText: address }).first()).toContainText("Added");
    expect(await axeViolations(page)).toEqual([]);

    await card.getByRole("button", { name: `Remove ${address}` }).click();
    await card.getByRole("button", { name: "Yes, remove" }).click();
    await expect(card.getByRole("button", { name: `Remove ${address}` })).toHaveCount(0);
    await expect(log.getByRole("row").filter({ hasText: "Removed" }).filter({ hasText: address })).toHaveCount(1);
    expect(await (await page.request.get("/en/clinics/saebyeol-liver-centre")).text()).not.toContain(address);
  } finally {
    await queryDatabase(`DELETE FROM "ClinicContact" WHERE "email" = $1`, [address]);
  }
});

test("no axe violations on the clinic contacts page in Arabic", async ({ page }) => {
  await signInInLocale(page, "ar", adminOnly, "users");
  await page.goto("/ar/admin/clinic-contacts");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
