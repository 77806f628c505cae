import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { editorOnly, signInInLocale } from "./support/coordinator";
import { queryDatabase } from "./support/database";
import { actAsNewVisitor } from "./support/visitor";

// Clinics whose drafts and Ukrainian page no other spec looks at.
const edited = { slug: "quellenried-liver-oncology-clinic", name: "Quellenried Liver Oncology Clinic" };
const untranslated = { slug: "saebyeol-liver-centre", name: "Saebyeol Liver Centre" };

test.beforeEach(({ page }) => actAsNewVisitor(page));

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations.map((violation) => `${violation.id}: ${violation.help}`);

const addedSentence = "Since 2026 the clinic has a second hybrid operating room.";
const discardDrafts = () => queryDatabase(`DELETE FROM "CatalogDraft" WHERE "itemId" = (SELECT "id" FROM "Clinic" WHERE "slug" = $1)`, [edited.slug]);

test("a Russian description shows as outdated once its English changes, until the Russian is saved again", async ({ page }) => {
  test.setTimeout(120_000);
  try {
    await signInInLocale(page, "en", editorOnly, "catalog");
    await page.getByRole("link", { name: edited.name }).click();
    await expect(page.locator("form[data-ready]")).toBeVisible();
    const translation = page.getByLabel("Translation");
    await expect(translation.locator("option[value=ru]")).toHaveText("Russian · up to date");

    const english = page.getByLabel("Description", { exact: true });
    await english.fill(`${await english.inputValue()}\n\n${addedSentence}`);
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();

    // The draft's full public page, before anything is published; visitors still get the published one.
    const editorUrl = page.url();
    await page.getByRole("link", { name: "Preview the public page" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Preview of the draft" })).toBeVisible();
    await expect(page.getByText(addedSentence)).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: edited.name })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    expect(await (await page.request.get(`/en/clinics/${edited.slug}`)).text()).not.toContain(addedSentence);
    await page.goto(editorUrl);
    await expect(page.locator("form[data-ready]")).toBeVisible();

    await translation.selectOption("ru");
    await expect(translation.locator("option[value=ru]")).toHaveText("Russian · outdated");
    const stillCorrect = page.getByRole("button", { name: "Description · Russian: still correct" });
    await expect(stillCorrect).toBeVisible();
    await expect(page.getByText("1 text was translated from an older English text.")).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    const russian = page.getByLabel("Description · Russian", { exact: true });
    await russian.fill(`${await russian.inputValue()}\n\nС 2026 года в клинике работает вторая гибридная операционная.`);
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();
    await expect(stillCorrect).toBeHidden();
    await expect(page.getByText("Russian: everything is translated and up to date.")).toBeVisible();

    // The status is the saved draft's: it holds after a reload, and German is still behind its English.
    await page.reload();
    await expect(page.locator("form[data-ready]")).toBeVisible();
    await expect(translation.locator("option[value=ru]")).toHaveText("Russian · up to date");
    await expect(translation.locator("option[value=de]")).toHaveText("German · outdated");

    await page.goto("/en/admin/catalog/translations?translation=de");
    const row = page.getByRole("row").filter({ hasText: edited.name });
    await expect(row).toContainText("its own text: Description");
    await row.getByRole("link", { name: edited.name }).click();
    await expect(page.getByLabel("Translation")).toHaveValue("de");
    await page.getByRole("button", { name: "Description · German: still correct" }).click();
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();
    await page.goto("/en/admin/catalog/translations?translation=de");
    await expect(page.getByRole("row").filter({ hasText: edited.name })).toHaveCount(0);
  } finally {
    await discardDrafts();
  }
});

for (const locale of ["en", "ar"] as const) {
  test(`no axe violations on the translations to-do list in ${locale}`, async ({ page }) => {
    await signInInLocale(page, locale, editorOnly, "catalog");
    await page.goto(`/${locale}/admin/catalog/translations?translation=ru`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator("nav a[aria-current=page]")).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("a clinic not translated into Ukrainian shows its English text marked as English, with a note in Ukrainian", async ({ page }) => {
  test.setTimeout(90_000);
  const path = `/uk/clinics/${untranslated.slug}`;
  const [row] = await queryDatabase<Record<string, unknown>>(
    `DELETE FROM "ClinicTranslation" WHERE "locale" = 'uk' AND "clinicId" = (SELECT "id" FROM "Clinic" WHERE "slug" = $1) RETURNING *`,
    [untranslated.slug],
  );
  try {
    await queryDatabase(`SELECT pg_notify('pages_changed', '')`);
    await expect.poll(async () => (await page.request.get(path)).text().then((html) => html.includes(untranslated.name)), { timeout: 20_000 }).toBe(true);
    await page.goto(path);
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading).toHaveText(untranslated.name);
    await expect(heading).toHaveAttribute("lang", "en");
    await expect(heading).toHaveAttribute("dir", "ltr");
    await expect(page.locator("html")).toHaveAttribute("lang", "uk");
    await expect(page.getByText("Частину тексту на цій сторінці ще не перекладено українською")).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto("/uk/clinics");
    await expect(page.getByRole("heading", { level: 2, name: untranslated.name })).toHaveAttribute("lang", "en");
  } finally {
    const columns = Object.keys(row!);
    await queryDatabase(
      `INSERT INTO "ClinicTranslation" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES (${columns.map((_, index) => `$${index + 1}`).join(", ")})`,
      columns.map((column) => row![column]),
    );
    await queryDatabase(`SELECT pg_notify('pages_changed', '')`);
  }
});
