import { expect, test, type Page } from "@playwright/test";
import { currentTotpCode } from "../factories/totp";
import { signIn } from "./support/coordinator";
import { actAsNewVisitor } from "./support/visitor";

const account = { email: process.env.E2E_TWO_FACTOR_EMAIL!, password: process.env.E2E_TWO_FACTOR_PASSWORD! };

test.beforeEach(({ page }) => actAsNewVisitor(page));

async function signInWithPassword(page: Page) {
  await page.goto("/en/admin/sign-in");
  await signIn(page, account.password, account.email);
}

test("a coordinator turns on two-factor sign-in, and signing in then needs a code from the app", async ({ page }) => {
  await signInWithPassword(page);
  await expect(page).toHaveURL(/\/en\/admin\/leads$/);
  await page.getByRole("link", { name: /E2E Two-Factor/ }).click();
  await expect(page.getByText("Two-factor sign-in is off.")).toBeVisible();

  await page.getByLabel("Your password").fill(account.password);
  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const key = (await page.getByTestId("totp-key").textContent())!;
  const uri = `otpauth://totp/Careport:x?secret=${key}`;

  await page.getByLabel("Code from the app").fill("000000");
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/This code is not correct/);
  await page.getByLabel("Code from the app").fill(await currentTotpCode(uri));
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByText("Two-factor sign-in is on: signing in asks for a code")).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/sign-in$/);
  await signInWithPassword(page);
  const code = page.getByLabel("Code from your authenticator app");
  await expect(code).toBeFocused();
  // The password alone opened nothing.
  expect((await page.request.get("/en/admin/leads", { maxRedirects: 0 })).status()).toBe(307);

  await code.fill("123456");
  await page.getByRole("button", { name: "Continue" }).click();
  const failure = page.locator("form").getByRole("alert");
  await expect(failure).toHaveText(/This code is not correct/);
  await expect(failure).toBeFocused();
  await code.fill(await currentTotpCode(uri));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/leads$/);
});
