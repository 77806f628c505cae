import { expect, test } from "@playwright/test";
import { signIn } from "./support/coordinator";
import { actAsNewVisitor } from "./support/visitor";

const account = { email: process.env.E2E_PASSWORD_CHANGE_EMAIL!, password: process.env.E2E_PASSWORD_CHANGE_PASSWORD! };

test.beforeEach(({ page }) => actAsNewVisitor(page));

test("a coordinator changes their password: an easy one is refused on its field, a strong one works at the next sign-in", async ({ page }) => {
  await page.goto("/en/admin/sign-in");
  await signIn(page, account.password, account.email);
  await expect(page).toHaveURL(/\/en\/admin\/leads$/);
  await page.getByRole("link", { name: "E2E Password Change (coordinator)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expect(page.locator("form[data-ready]").first()).toBeVisible();

  const newPassword = page.getByLabel("New password", { exact: true });
  await page.getByLabel("Current password").fill(account.password);
  await newPassword.fill("iloveyou1234");
  await page.getByLabel("Repeat the new password").fill("iloveyou1234");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("This password is too easy to guess")).toBeVisible();
  await expect(newPassword).toHaveAttribute("aria-invalid", "true");
  await expect(newPassword).toBeFocused();

  const strong = "plum tractor velvet harbour";
  await newPassword.fill(strong);
  await page.getByLabel("Repeat the new password").fill(strong);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password has been changed" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/sign-in$/);
  await signIn(page, account.password, account.email);
  await expect(page.locator("form").getByRole("alert")).toHaveText("The email or password is not correct.");
  await signIn(page, strong, account.email);
  await expect(page).toHaveURL(/\/en\/admin\/leads$/);
});
