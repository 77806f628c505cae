import { expect, type Page } from "@playwright/test";

/** The staff accounts `npm test` creates for the browser tests (scripts/lib/e2e-fixtures.ts). */
export const coordinator = { email: process.env.E2E_COORDINATOR_EMAIL!, password: process.env.E2E_COORDINATOR_PASSWORD! };
/** Every role: coordinator, editor and admin, as `npm run admin:create` makes the first account. */
export const admin = { email: process.env.E2E_ADMIN_EMAIL!, password: process.env.E2E_ADMIN_PASSWORD! };
/** One role only, for what an account without the others may open. */
export const editorOnly = { email: process.env.E2E_EDITOR_EMAIL!, password: process.env.E2E_EDITOR_PASSWORD! };
export const adminOnly = { email: process.env.E2E_ADMIN_ONLY_EMAIL!, password: process.env.E2E_ADMIN_ONLY_PASSWORD! };

/** Fills the sign-in form the page shows, once it is hydrated. */
export async function signIn(page: Page, password = coordinator.password, email = coordinator.email) {
  await expect(page.locator("form[data-ready]")).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in on the sign-in page of any language, finding the fields by id; lands on the account's first page. */
export async function signInInLocale(page: Page, locale: string, account = coordinator, landing = "leads") {
  await page.goto(`/${locale}/admin/sign-in`);
  await expect(page.locator("form[data-ready]")).toBeVisible();
  await page.locator("#email").fill(account.email);
  await page.locator("#password").fill(account.password);
  await page.locator("button[type=submit]").click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/admin/${landing}$`));
}
