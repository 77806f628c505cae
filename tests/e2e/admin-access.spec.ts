import { readdirSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { admin, adminOnly, coordinator, editorOnly, signIn, signInInLocale } from "./support/coordinator";
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
  await expect(page.getByText("E2E Coordinator (Coordinator)")).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/sign-in$/);
  await page.goto("/en/admin/leads");
  await expect(page).toHaveURL(/\/en\/admin\/sign-in\?next=/);
});

test("the workspace has its own header, and switching language keeps the coordinator on the page", async ({ page }) => {
  await page.goto("/en/admin/sign-in");
  await signIn(page);
  await expect(page).toHaveURL(/\/en\/admin\/leads$/);
  await expect(page.getByRole("banner")).toContainText("Coordinators' workspace");
  await expect(page.getByRole("link", { name: "Free consultation" })).toHaveCount(0);
  await expect(page.getByRole("contentinfo")).toHaveCount(0);

  await page.getByRole("button", { name: "Language: English" }).click();
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Deutsch" }).click();
  await expect(page).toHaveURL(/\/de\/admin\/leads$/);
  await expect(page.getByRole("heading", { level: 1, name: "Anfragen" })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText("Arbeitsbereich der Koordinatoren");
  await page.getByRole("link", { name: "Website für Patienten" }).click();
  await expect(page).toHaveURL(/\/de$/);
  await expect(page.getByRole("link", { name: "Kostenlose Beratung" }).first()).toBeVisible();
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
  .filter((file) => path.basename(file) === "page.tsx" && !file.startsWith("sign-in"))
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

/**
 * The roles each workspace page and file route needs (none implies another): a page without them does not exist for
 * the account (404), a route answers 403. A page found on disk but missing here fails the test.
 */
const pageRoles: Record<string, string[]> = {
  "/en/admin": [],
  "/en/admin/account": [],
  "/en/admin/leads": ["coordinator"],
  "/en/admin/leads/some-id": ["coordinator"],
  "/en/admin/quarantine": ["coordinator"],
  "/en/admin/users": ["admin"],
  "/en/admin/settings": ["admin"],
  "/en/admin/clinic-contacts": ["admin"],
  "/en/admin/catalog": ["editor"],
  "/en/admin/catalog/clinics/new": ["editor"],
  "/en/admin/catalog/clinics/some-id": ["editor"],
  "/en/admin/catalog/clinics/some-id/history": ["editor"],
  "/en/admin/catalog/clinics/some-id/preview": ["editor"],
  "/en/admin/catalog/doctors/some-id/preview": ["editor"],
  "/en/admin/catalog/doctors/new": ["editor"],
  "/en/admin/catalog/doctors/some-id": ["editor"],
  "/en/admin/catalog/doctors/some-id/history": ["editor"],
  "/en/admin/catalog/translations": ["editor"],
};
const routeRoles: Record<string, string[]> = { "/api/admin/files/some-id": ["coordinator"], "/api/admin/leads/export": ["coordinator", "admin"] };
const accounts = [
  { name: "a coordinator-only", account: coordinator, roles: ["coordinator"], landing: "leads" },
  { name: "an editor-only", account: editorOnly, roles: ["editor"], landing: "catalog" },
  { name: "an admin-only", account: adminOnly, roles: ["admin"], landing: "users" },
  { name: "an every-role", account: admin, roles: ["coordinator", "editor", "admin"], landing: "leads" },
];

for (const { name, account, roles, landing } of accounts) {
  test(`${name} account lands on a page it may open and is refused every page and file its roles do not allow`, async ({ page }) => {
    expect(Object.keys(pageRoles).sort()).toEqual([...adminPages].sort());
    expect(Object.keys(routeRoles).sort()).toEqual([...adminApiRoutes].sort());
    await signInInLocale(page, "en", account, landing);
    const navigation = page.getByRole("navigation", { name: "Workspace" });
    await expect(navigation.getByRole("link", { name: "Leads" })).toHaveCount(roles.includes("coordinator") ? 1 : 0);
    await expect(navigation.getByRole("link", { name: "Users" })).toHaveCount(roles.includes("admin") ? 1 : 0);
    await expect(navigation.getByRole("link", { name: "Catalog" })).toHaveCount(roles.includes("editor") ? 1 : 0);
    const allowed = (needed: string[]) => needed.every((role) => roles.includes(role));
    for (const [pagePath, needed] of Object.entries(pageRoles)) {
      const status = (await page.request.get(pagePath, { maxRedirects: 0 })).status();
      if (!allowed(needed)) expect(status, pagePath).toBe(404);
      else if (!pagePath.includes("some-id")) expect([200, 307], pagePath).toContain(status);
    }
    for (const [route, needed] of Object.entries(routeRoles)) {
      const status = (await page.request.get(route)).status();
      if (!allowed(needed)) expect(status, route).toBe(403);
      else expect(status, route).not.toBe(403);
    }
  });
}

test("an admin adds a coordinator and edits the settings, with errors named on the field", async ({ page }) => {
  await page.goto("/en/admin/sign-in");
  await signIn(page, admin.password, admin.email);
  await expect(page).toHaveURL(/\/en\/admin\/leads$/);
  await page.getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();

  const email = `new-coordinator-${Date.now()}@careport.test`;
  const addForm = page.getByRole("form", { name: "Add a user" });
  await addForm.getByLabel("Name").fill("Olena Coordinator");
  await addForm.getByLabel("Email").fill(admin.email);
  await addForm.getByLabel("First password").fill("a long first password");
  await addForm.getByRole("button", { name: "Add user" }).click();
  await expect(addForm.getByText("An account with this email already exists.")).toBeVisible();
  await expect(addForm.getByLabel("Name")).toHaveValue("Olena Coordinator");

  await addForm.getByLabel("Email").fill(email);
  await addForm.getByLabel("First password").fill("password1234");
  await addForm.getByRole("button", { name: "Add user" }).click();
  await expect(addForm.getByText("This password is too easy to guess")).toBeVisible();
  await expect(addForm.getByLabel("First password")).toHaveAttribute("aria-invalid", "true");

  await addForm.getByLabel("First password").fill("a long first password");
  const addRoles = addForm.getByRole("group", { name: "Roles" });
  await expect(addRoles.getByLabel("Coordinator")).toBeChecked();
  await addRoles.getByLabel("Coordinator").uncheck();
  await addForm.getByRole("button", { name: "Add user" }).click();
  await expect(addForm.getByText("Choose at least one role.")).toBeVisible();
  await addRoles.getByLabel("Coordinator").check();
  await addRoles.getByLabel("Editor").check();
  await addForm.getByRole("button", { name: "Add user" }).click();
  await expect(addForm.getByRole("status")).toContainText("The account has been created.");
  const row = page.getByRole("row", { name: /Olena Coordinator/ });
  await expect(row).toContainText(email);
  await expect(row).toContainText("Active");
  const rolesCell = row.getByRole("cell").nth(1);
  await expect(rolesCell).toHaveText("Coordinator and Editor");

  // Roles change on the row: the member keeps only what is ticked.
  const memberRoles = row.getByRole("group", { name: "Roles of Olena Coordinator" });
  await memberRoles.getByLabel("Coordinator").uncheck();
  await row.getByRole("button", { name: "Change roles" }).click();
  await expect(rolesCell).toHaveText("Editor");
  await expect(memberRoles.getByLabel("Coordinator")).not.toBeChecked();

  // The admin's own row keeps the admin role: it cannot be unticked.
  const ownRoles = page.getByRole("row", { name: /e2e-admin@careport\.test/ }).getByRole("group", { name: "Roles of E2E Admin" });
  await expect(ownRoles.getByLabel("Administrator")).toBeChecked();
  await expect(ownRoles.getByLabel("Administrator")).toBeDisabled();

  await row.getByRole("button", { name: "Deactivate Olena Coordinator" }).click();
  await expect(row).toContainText("Deactivated");

  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  const tuesday = page.getByLabel("Tuesday");
  await tuesday.fill("18:00-08:00");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Write hours like 08:00–12:00")).toBeVisible();
  await expect(tuesday).toHaveAttribute("aria-invalid", "true");

  await tuesday.fill("08:00-12:00, 13:00-19:00");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The settings have been saved." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Tuesday")).toHaveValue("08:00–12:00, 13:00–19:00");

  // Other tests promise contact times from the default hours.
  await page.getByLabel("Tuesday").fill("08:00-20:00");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The settings have been saved." })).toBeVisible();
});

for (const locale of ["en", "ar"]) {
  for (const pagePath of ["users", "settings"]) {
    test(`no axe violations on the ${pagePath} page in ${locale}`, async ({ page }) => {
      await signInInLocale(page, locale, admin);
      await page.goto(`/${locale}/admin/${pagePath}`);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    });
  }
}

for (const locale of ["en", "ar"]) {
  test(`every workspace page fits the screen without sideways scrolling in ${locale} @mobile`, async ({ page }) => {
    await signInInLocale(page, locale, admin);
    for (const pagePath of ["leads", "quarantine", "users", "settings", "account", "catalog"]) {
      await page.goto(`/${locale}/admin/${pagePath}`);
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
      expect(scrollWidth, pagePath).toBeLessThanOrEqual(innerWidth);
    }
  });
}
