import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { admin, coordinator, signIn } from "./support/coordinator";
import { insertLead } from "./support/leads";
import { actAsNewVisitor } from "./support/visitor";

test.beforeEach(({ page }) => actAsNewVisitor(page));

/** Signs in on the English sign-in page, then opens `then` (the return path must stay in the sign-in's locale). */
async function signInAndOpen(page: Page, account: { email: string; password: string }, then: string) {
  await page.goto("/en/admin/sign-in");
  await signIn(page, account.password, account.email);
  await expect(page).toHaveURL(/\/en\/admin\/leads$/);
  await page.goto(then);
}

async function expectNoAxeViolations(page: Page) {
  // After a server action the page re-renders, and its title comes back with the streamed metadata.
  await expect(page).toHaveTitle(/Careport/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

test("an admin erases a lead's personal data on request, then exports the list with the lead still in it", async ({ page }) => {
  const lead = await insertLead(`Erna Vogt ${Date.now()}`);
  await signInAndOpen(page, admin, `/en/admin/leads/${lead.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${lead.reference} · ${lead.fullName}`);

  const form = page.getByRole("form", { name: "Erase personal data" });
  const confirmation = form.getByLabel(`To confirm, type the reference ${lead.reference}`);
  await confirmation.fill("CP-2222-2222");
  await form.getByRole("button", { name: "Erase personal data" }).click();
  await expect(form.getByRole("alert")).toHaveText("That is not this lead's reference. Type it exactly to confirm.");
  await expect(confirmation).toHaveAttribute("aria-invalid", "true");

  await confirmation.fill(lead.reference.toLowerCase());
  await form.getByRole("button", { name: "Erase personal data" }).click();
  await expect(page.getByTestId("lead-erased")).toContainText(/^Personal data erased on .+ at the patient's request\./);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(lead.reference);
  await expect(page.getByText(lead.fullName)).toHaveCount(0);
  await expect(page.getByText("My father has liver metastases.")).toHaveCount(0);
  await expect(page.getByRole("form", { name: "Erase personal data" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "History" })).toContainText("E2E Admin erased the patient's personal data at their request");
  await expectNoAxeViolations(page);

  await page.goto(`/en/admin/leads?q=${lead.reference}`);
  const row = page.getByRole("row").filter({ hasText: lead.reference });
  await expect(row).toContainText("personal data erased");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^careport-leads-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await readFile((await download.path())!, "utf8")).split("\r\n");
  expect(lines[0]).toMatch(/^\uFEFFreference,created_at,status,full_name,email,phone,country,/);
  expect(lines.slice(1)).toEqual([expect.stringMatching(new RegExp(`^${lead.reference},[^,]+,NEW,,,,UA,`)), ""]);
});

test("the erasure form and the erased state have no axe violations in Arabic (right to left)", async ({ page }) => {
  const lead = await insertLead(`فاطمة ${Date.now()}`);
  await signInAndOpen(page, admin, `/ar/admin/leads/${lead.id}`);
  await expect(page.getByRole("form", { name: "حذف البيانات الشخصية" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel(`للتأكيد، اكتب المرجع ${lead.reference}`).fill(lead.reference);
  await page.getByRole("button", { name: "حذف البيانات الشخصية" }).click();
  await expect(page.getByTestId("lead-erased")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a coordinator sees neither the erasure form nor the export link", async ({ page }) => {
  const lead = await insertLead(`Erna Vogt ${Date.now()}`);
  await signInAndOpen(page, coordinator, `/en/admin/leads/${lead.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${lead.reference} · ${lead.fullName}`);
  await expect(page.getByRole("form", { name: "Erase personal data" })).toHaveCount(0);
  await page.goto("/en/admin/leads");
  await expect(page.getByRole("heading", { level: 1, name: "Leads" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Export CSV" })).toHaveCount(0);
  expect((await page.request.get("/api/admin/leads/export")).status()).toBe(403);
});
