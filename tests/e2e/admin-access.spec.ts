import { readdirSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signIn } from "./support/coordinator";
import { actAsNewVisitor } from "./support/visitor";

test.beforeEach(({ page }) => actAsNewVisitor(page));

test("the workspace asks for sign-in, refuses a wrong password, and locks again after sign-out", async ({ page }) => {
  await page.goto("/en/admin/leads");
  await expect(page).toHaveURL(/\/en\/admin\/sign-in\?next=%2Fen%2Fadmin%2Fleads$/);
  await expect(page.getByRole("heading", { level: 1, name: "Coordinator sign-in" })).toBeVisible();

  await signIn(page, "not the right password");
  const failure = page.locator("form").getByRole("alert");
  await expect(failure).toHaveText("The email or password is not correct.");
  await expect(failure).toBeFocused();

  await signIn(page);
  await expect(page).toHaveURL(/\/en\/admin\/leads$/);
  await expect(page.getByRole("heading", { level: 1, name: "Leads" })).toBeVisible();
  await expect(page.getByText("E2E Coordinator (coordinator)")).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/sign-in$/);
  await page.goto("/en/admin/leads");
  await expect(page).toHaveURL(/\/en\/admin\/sign-in\?next=/);
});

test("admin pages are not indexed and the session cookie is httpOnly", async ({ page, context }) => {
  await page.goto("/en/admin/sign-in");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await signIn(page);
  await expect(page).toHaveURL(/\/en\/admin\/leads$/);
  const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("session_token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});

for (const locale of ["en", "ar"]) {
  test(`no axe violations on the sign-in page and its error state in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}/admin/sign-in`);
    await expect(page.locator("form[data-ready]")).toBeVisible();
    await page.locator("button[type=submit]").click();
    await expect(page.locator("#email[aria-invalid=true]")).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
}

// Every workspace page and file route, found on disk so a new one cannot be forgotten, refuses a visitor without a session.
const adminPages = readdirSync("app/[locale]/admin", { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith("page.tsx") && !file.startsWith("sign-in"))
  .map((file) => `/en/admin/${path.dirname(file)}`.replace(/\/\.$/, "").replace(/\[[^\]]+\]/g, "some-id"));
const adminApiRoutes = readdirSync("app/api/admin", { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith("route.ts"))
  .map((file) => `/api/admin/${path.dirname(file)}`.replace(/\[[^\]]+\]/g, "some-id"));

test("without a session every workspace page sends to sign-in and every admin API answers 401", async ({ request }) => {
  expect(adminPages).toEqual(expect.arrayContaining(["/en/admin", "/en/admin/leads", "/en/admin/leads/some-id", "/en/admin/account"]));
  for (const pagePath of adminPages) {
    const response = await request.get(pagePath, { maxRedirects: 0 });
    expect([307, 308], pagePath).toContain(response.status());
    expect(response.headers().location, pagePath).toMatch(/\/en\/admin(\/sign-in\?next=|\/leads$)/);
  }
  expect(adminApiRoutes.length).toBeGreaterThan(0);
  for (const route of adminApiRoutes) {
    expect((await request.get(route)).status(), route).toBe(401);
  }
});
