import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { queryDatabase } from "./support/database";
import { waitOutTimeTrap } from "./support/time-trap";
import { actAsNewVisitor } from "./support/visitor";

test.beforeEach(({ page }) => actAsNewVisitor(page));

test("a treatment page loads the compact form only when asked, and it sends a request for that treatment", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  await page.goto("/en/treatments/thermal-ablation");
  await page.waitForLoadState("networkidle");
  const loadedWithPage = scripts.length;
  await expect(page.locator("#fullName")).toHaveCount(0);

  // One call to action in the section: the form opened in place; the full form is a plain link beside it.
  const island = page.getByRole("region", { name: "Ask without leaving this page" });
  await expect(island.getByRole("button")).toHaveCount(1);
  const fullForm = island.getByRole("link", { name: "Request a free consultation" });
  await expect(fullForm).toBeVisible();
  await expect(fullForm).toHaveCSS("border-top-style", "none");
  await island.getByRole("button", { name: "Fill in the form here" }).click();
  await expect(page.locator("form[data-ready]")).toBeVisible();
  const openedAt = Date.now(); // the form fetched its token before it showed
  expect(scripts.length).toBeGreaterThan(loadedWithPage);
  await expect(page.locator('input[name="writerRole"]').first()).toBeFocused();
  await page.getByRole("button", { name: "Add details (optional)" }).click();
  await expect(page.getByRole("group", { name: /Records for Thermal ablation/ })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Treatment" })).toHaveCount(0);

  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

  await page.getByRole("radio", { name: "I am the patient" }).check();
  await page.locator("#fullName").fill("Compact Visitor");
  await page.locator("#email").fill(`compact-${Date.now()}@example.com`);
  await page.locator("select#countryCode").selectOption("DE");
  await page.locator("#phoneNumber").fill("0151 12345678");
  await page.getByRole("radio", { name: "Email" }).check();
  await page.locator("#message").fill("Two small liver metastases; is ablation an option?");
  await page.locator('input[name="consent"]').check();
  await waitOutTimeTrap(openedAt);
  await page.getByRole("button", { name: "Send request for a free consultation" }).click();
  await expect(page).toHaveURL(/\/en\/consultation\/thank-you\?reference=CP-/, { timeout: 30_000 });

  const reference = (await page.getByTestId("reference").textContent())!.trim();
  const [lead] = await queryDatabase<{ slug: string; status: string }>(
    `SELECT t."slug", l."status" FROM "Lead" l JOIN "Treatment" t ON t."id" = l."treatmentId" WHERE l."reference" = $1`,
    [reference],
  );
  expect(lead).toEqual({ slug: "thermal-ablation", status: "NEW" });
});
