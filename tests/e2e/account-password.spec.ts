import { expect, test } from "@playwright/test";
import { admin, signIn } from "./support/coordinator";
import { actAsNewVisitor } from "./support/visitor";

const account = { email: process.env.E2E_PASSWORD_CHANGE_EMAIL!, password: process.env.E2E_PASSWORD_CHANGE_PASSWORD! };

test.beforeEach(({ page }) => actAsNewVisitor(page));

test("a coordinator changes their password: an easy one is refused on its field, a strong one works at the next sign-in", async ({ page }) => {
  await page.goto("/en/admin/sign-in");
  await signIn(page, account.password, account.email);
  await expect(page).toHaveURL(/\/en\/admin\/leads$/);
  await page.getByRole("link", { name: "E2E Password Change (Coordinator)" }).click();
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

test("an account an admin created chooses its own password before it can open the leads", async ({ page }) => {
  const member = { email: `first-sign-in-${Date.now()}@careport.test`, first: "the admin's first password" };
  await page.goto("/en/admin/sign-in");
  await signIn(page, admin.password, admin.email);
  await expect(page).toHaveURL(/\/en\/admin\/leads$/);
  await page.goto("/en/admin/users");
  const addForm = page.getByRole("form", { name: "Add a user" });
  await addForm.getByLabel("Name").fill("Amira Haddad");
  await addForm.getByLabel("Email").fill(member.email);
  await addForm.getByLabel("First password").fill(member.first);
  await addForm.getByRole("button", { name: "Add user" }).click();
  await expect(addForm.getByRole("status")).toContainText("they choose their own when they first sign in");
  await expect(page.getByRole("row").filter({ hasText: member.email })).toContainText("first password not yet changed");
  await page.getByRole("button", { name: "Sign out" }).click();

  await signIn(page, member.first, member.email);
  await expect(page).toHaveURL(/\/en\/admin\/account\?setup=password$/);
  await expect(page.getByText("An administrator chose your first password, so they know it.")).toBeVisible();
  await page.goto("/en/admin/leads");
  await expect(page).toHaveURL(/\/en\/admin\/account\?setup=password$/);

  const own = "lantern meadow quietly hums";
  await expect(page.locator("form[data-ready]").first()).toBeVisible();
  await page.getByLabel("Current password").fill(member.first);
  await page.getByLabel("New password", { exact: true }).fill(own);
  await page.getByLabel("Repeat the new password").fill(own);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password has been changed" })).toBeVisible();
  await expect(page.getByText("An administrator chose your first password")).toHaveCount(0);
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Leads" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Leads" })).toBeVisible();
});
