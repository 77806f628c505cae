import { expect, test } from "@playwright/test";

test("filtering clinics by country and treatment narrows the list and can be cleared", async ({ page }) => {
  await page.goto("/en/clinics");
  const cards = page.getByRole("main").getByRole("article");
  const total = await cards.count();
  expect(total).toBeGreaterThan(1);

  await page.getByLabel("Country").selectOption({ label: "Germany" });
  await page.getByRole("button", { name: "Show clinics" }).click();
  await expect(page).toHaveURL(/country=DE/);
  await expect(cards).not.toHaveCount(total);
  for (const card of await cards.all()) await expect(card).toContainText("Germany");

  await page.getByLabel("Country").selectOption({ label: "All countries" });
  await page.getByLabel("Treatment").selectOption({ label: "Liver transplantation" });
  await page.getByRole("button", { name: "Show clinics" }).click();
  await expect(page.getByRole("status")).toContainText(/\d+ clinics?/);
  for (const card of await cards.all()) await expect(card).toContainText("Liver transplantation");

  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(cards).toHaveCount(total);
});

test("a filter that matches nothing explains itself", async ({ page }) => {
  await page.goto("/en/clinics?country=FR");
  await expect(page.getByRole("status")).toHaveText("No clinics match");
  await expect(page.getByText("No clinic in the catalog matches these filters")).toBeVisible();
});
