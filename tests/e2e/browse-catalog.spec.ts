import { expect, test, type Page } from "@playwright/test";
import { formReady } from "./support/consultation-form";

/** The preselected treatment, clinic or doctor sits under "Add details (optional)", which starts closed. */
async function openDetails(page: Page) {
  await formReady(page);
  await page.getByRole("button", { name: "Add details (optional)" }).click();
}

test("a visitor browses home → condition → treatment → clinic → doctor in English", async ({ page }) => {
  await page.goto("/en");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await page.getByRole("link", { name: /Read about Liver metastases/i }).click();
  await expect(page).toHaveURL(/\/en\/conditions\/liver-metastases$/);
  await expect(page.getByRole("heading", { level: 1, name: "Liver metastases" })).toBeVisible();

  await page.locator("#treatment-options").locator("..").getByRole("link").filter({ hasText: /radioembolization/i }).first().click();
  await expect(page).toHaveURL(/\/en\/treatments\/y90-radioembolization$/);
  await expect(page.getByRole("heading", { level: 2, name: "Risks and side effects" })).toBeVisible();
  await expect(page.getByText(/^Medically reviewed by Dr Ines Halvorsen, /)).toBeVisible();

  const offers = page.getByRole("list", { name: "Clinics offering this treatment" });
  await offers.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/en\/clinics\/[a-z0-9-]+$/);
  await expect(page.getByText("How Careport is paid:")).toBeVisible();

  const doctors = page.locator("#doctors").locator("..");
  await doctors.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/en\/doctors\/[a-z0-9-]+$/);
  await expect(page.getByText("Fictional sample profile")).toBeVisible();
});

test("the same journey in Arabic is right-to-left and translated", async ({ page }) => {
  await page.goto("/ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");

  await page.locator("main").getByRole("link", { name: /النقائل|نقائل/ }).first().click();
  await expect(page).toHaveURL(/\/ar\/conditions\/liver-metastases$/);

  await page.locator("#treatment-options").locator("..").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/ar\/treatments\/surgical-resection$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

  await page.getByRole("list", { name: "العيادات التي تقدّم هذا العلاج" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/ar\/clinics\//);
  await page.locator("#doctors").locator("..").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/ar\/doctors\//);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});

test("switching language on a deep page stays on the same page @mobile", async ({ page }) => {
  await page.goto("/en/treatments/tace-chemoembolization");
  await page.getByRole("button", { name: "Language: English" }).click();
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Deutsch" }).click();
  await expect(page).toHaveURL(/\/de\/treatments\/tace-chemoembolization$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("navigation", { name: "Sprache" })).toBeHidden();

  await page.getByRole("button", { name: "Sprache: Deutsch" }).click();
  await page.getByRole("navigation", { name: "Sprache" }).getByRole("link", { name: "العربية" }).click();
  await expect(page).toHaveURL(/\/ar\/treatments\/tace-chemoembolization$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});

test("the consultation action carries the page's treatment, clinic and doctor", async ({ page }) => {
  await page.goto("/en/treatments/thermal-ablation");
  const treatmentName = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
  await page.getByRole("link", { name: "Request a free consultation" }).first().click();
  await expect(page).toHaveURL(/\/en\/consultation\?treatment=thermal-ablation$/);
  await openDetails(page);
  const treatmentChoice = page.getByRole("combobox", { name: "Treatment" });
  await expect(treatmentChoice).toHaveValue("thermal-ablation");
  await expect(treatmentChoice.locator("option:checked")).toHaveText(treatmentName);

  await page.goto("/en/doctors");
  await page.getByRole("main").getByRole("article").first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/en\/doctors\/[a-z0-9-]+$/);
  const doctorName = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
  await page.getByRole("link", { name: "Request a free consultation" }).first().click();
  await expect(page).toHaveURL(/\/en\/consultation\?doctor=[a-z0-9-]+/);
  const doctorSlug = new URL(page.url()).searchParams.get("doctor");
  await openDetails(page);
  await expect(page.getByRole("combobox", { name: "Doctor" }).locator("option:checked")).toHaveText(doctorName);

  // The context survives a change of language on the consultation page.
  await page.getByRole("button", { name: "Language: English" }).click();
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Русский" }).click();
  await expect(page).toHaveURL(/\/ru\/consultation\?doctor=/);
  await expect(page.locator("select#doctor")).toHaveValue(doctorSlug!);
});
