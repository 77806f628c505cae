import { expect, type Page } from "@playwright/test";

/**
 * The form works only once hydrated (it uploads with progress); it says so with data-ready. Its form token was made
 * before that, so the time trap counts from no later than the moment this returns.
 */
export async function formReady(page: Page): Promise<number> {
  await expect(page.locator("form[data-ready]")).toBeVisible();
  return Date.now();
}

// By id, so the same steps serve every language; the English test also finds the fields by their labels.
export async function fillAsNewUser(page: Page, email: string) {
  await page.locator("#fullName").fill("Olena Kovalenko");
  await page.locator("#email").fill(email);
  await page.locator("select#countryCode").selectOption("UA");
  await expect(page.locator("select#phoneCountry")).toHaveValue("UA");
  await page.locator("#phoneNumber").fill("067 123 4567");
  await expect(page.locator(".phone-preview")).toContainText("+380 67 123 4567");
  await page.locator("#message").fill("My mother has colorectal cancer with liver metastases found in March.");
  await page.locator('input[name="consent"]').check();
}
