import { expect, type Page } from "@playwright/test";

/**
 * The form works only once hydrated (it uploads with progress); it says so with data-ready. Its form token was made
 * before that, so the time trap counts from no later than the moment this returns.
 */
export async function formReady(page: Page): Promise<number> {
  await expect(page.locator("form[data-ready]")).toBeVisible();
  return Date.now();
}

/** The first step's required fields, by id and value so the same steps serve every language. */
export async function fillRequiredFields(page: Page, email: string) {
  await page.locator('input[name="writerRole"][value="PATIENT"]').check();
  await page.locator("#fullName").fill("Olena Kovalenko");
  await page.locator("select#countryCode").selectOption("UA");
  await expect(page.locator("#phoneCallingCode")).toHaveText("+380");
  await page.locator("#phoneNumber").fill("067 123 4567");
  await expect(page.locator("#phonePreview")).toContainText("+380 67 123 4567");
  await page.locator("#email").fill(email);
  await page.locator('input[name="contactChannel"][value="WHATSAPP"]').check();
  await page.locator("#message").fill("My mother has colorectal cancer with liver metastases found in March.");
  await page.locator('input[name="consent"]').check();
}
