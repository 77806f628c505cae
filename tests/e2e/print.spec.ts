import { expect, test, type Page } from "@playwright/test";

/** A PDF's pages: Chromium writes one `/Type /Page` object per page (the page tree's nodes are `/Pages`). */
const pdfPageCount = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;

// The longest treatment pages of each script, as measured over all twelve treatments in five locales (README: "Print").
const longestPages = [
  { locale: "en", slug: "surgical-resection" },
  { locale: "en", slug: "tace-chemoembolization" },
  { locale: "ru", slug: "surgical-resection" },
  { locale: "ru", slug: "tace-chemoembolization" },
  { locale: "ar", slug: "surgical-resection" },
  { locale: "ar", slug: "thermal-ablation" },
];

for (const { locale, slug } of longestPages) {
  test(`the ${slug} page in ${locale} prints on at most four A4 pages`, async ({ page }) => {
    await page.goto(`/${locale}/treatments/${slug}`);
    const pages = pdfPageCount(await page.pdf({ format: "A4", printBackground: false }));
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(4);
  });
}

const channels = (colour: string) => colour.match(/\d+/g)!.slice(0, 3).map(Number);
const consultationBar = (page: Page) => page.getByRole("complementary", { name: "Free consultation about this treatment" });

test("a printed treatment page leaves out navigation, buttons and the consultation bar, and keeps the figures, the offers, the review line and the emergency notice", async ({
  page,
}) => {
  await page.goto("/en/treatments/tace-chemoembolization");
  // As a reader would print it: scrolled down, the consultation bar showing, the form opened.
  await page.locator("#risks").scrollIntoViewIfNeeded();
  await expect(consultationBar(page)).toBeVisible();
  await page.getByRole("button", { name: "Fill in the form here" }).click();
  await expect(page.getByRole("textbox").first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("navigation").first()).toBeVisible();
  await expect(page.getByRole("button").first()).toBeVisible();

  // A reader who keeps the screen dark at night still prints black on white.
  await page.emulateMedia({ media: "print", colorScheme: "dark" });

  await expect(page.getByRole("navigation")).toHaveCount(0);
  await expect(page.getByRole("button")).toHaveCount(0);
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await expect(consultationBar(page)).toBeHidden();
  await expect(page.getByRole("link", { name: /consultation/i })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Skip to main content" })).toHaveCount(0);
  await expect(page.getByText(/^A medical coordinator reviews your records/).filter({ visible: true })).toHaveCount(0);

  await expect(page.getByText(/^Medically reviewed by .+ on November 20, 2026$/)).toBeVisible();
  await expect(page.getByRole("region", { name: "In an emergency" })).toBeVisible();
  const figures = page.getByRole("region", { name: "Figures and where they come from" });
  await expect(figures.getByText("81.7%")).toBeVisible();
  await expect(page.getByRole("list", { name: "Clinics offering this treatment" }).getByRole("listitem")).toHaveCount(5);
  await expect(page.getByRole("link", { name: "Veloria Hepatobiliary Centre" })).toBeVisible();

  const ink = await page.locator("body").evaluate((body) => ({ text: getComputedStyle(body).color, paper: getComputedStyle(document.documentElement).backgroundColor }));
  expect(ink.paper).toBe("rgb(255, 255, 255)");
  expect(channels(ink.text).every((channel) => channel <= 0x30), ink.text).toBe(true);
});

for (const locale of ["en", "ar"]) {
  test(`a source's link prints its address after its text, left to right, in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}/treatments/tace-chemoembolization`);
    // No seeded source has an address yet: give the first one the link FigureList renders for a source that has.
    const link = await page.locator("#figures ~ section p").first().evaluateHandle((line) => {
      const anchor = Object.assign(document.createElement("a"), { href: "https://example.org/liver-study", rel: "noopener noreferrer", textContent: "read the source" });
      line.append(" · ", anchor);
      return anchor;
    });
    const printed = () =>
      link.evaluate((anchor) => {
        const after = getComputedStyle(anchor, "::after");
        return { content: after.content, direction: after.direction, unicodeBidi: after.unicodeBidi };
      });
    expect((await printed()).content).not.toContain("example.org");

    await page.emulateMedia({ media: "print" });
    expect(await printed()).toEqual({ content: '" (https://example.org/liver-study)"', direction: "ltr", unicodeBidi: "isolate" });
  });
}
