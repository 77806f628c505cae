import { expect, test, type Locator, type Page } from "@playwright/test";

const firstScreen = { width: 390, height: 844 };

/** Images and drawings in main that a screen reader would meet without a name: every one needs alt text or aria-hidden. */
const unnamedImages = (page: Page) =>
  page.locator("main").evaluate((main) =>
    [...main.querySelectorAll("img, svg")]
      .filter((image) => !image.closest("[aria-hidden=true]"))
      .filter((image) => (image instanceof HTMLImageElement ? !image.hasAttribute("alt") : !image.getAttribute("aria-label") && !image.querySelector("title")))
      .map((image) => image.outerHTML.slice(0, 80)),
  );

/** A decorative placeholder: hidden from assistive technology, with the size it will keep written on it. */
async function expectDecorative(placeholder: Locator, pixels: number) {
  await expect(placeholder).toHaveAttribute("aria-hidden", "true");
  await expect(placeholder).toHaveAttribute("width", String(pixels));
  await expect(placeholder).toHaveAttribute("height", String(pixels));
  expect(await placeholder.boundingBox()).toMatchObject({ width: pixels, height: pixels });
}

test("a clinic card shows the clinic's initials as a decorative placeholder, which no screen reader announces", async ({ page }) => {
  await page.goto("/en/clinics");
  const card = page.getByRole("article").filter({ has: page.getByRole("heading", { name: "Veloria Hepatobiliary Centre" }) });
  const placeholder = card.locator("svg");
  await expectDecorative(placeholder, 48);
  await expect(placeholder).toHaveText("VC");
  await expect(card.getByRole("img")).toHaveCount(0);
  expect(await unnamedImages(page)).toEqual([]);
});

for (const [locale, initials] of [["en", "SA"], ["ar", "س\u200Cأ"]] as const) {
  test(`a doctor's page without a photo shows the doctor's initials in ${locale}, decorative, beside the name`, async ({ page }) => {
    await page.goto(`/${locale}/doctors/selin-aksungur`);
    const header = page.locator("main header", { has: page.getByRole("heading", { level: 1 }) });
    const placeholder = header.locator("svg");
    await expectDecorative(placeholder, 56);
    await expect(placeholder).toHaveText(initials);
    expect(await unnamedImages(page)).toEqual([]);
  });
}

test("a treatment card shows its family's drawing, decorative", async ({ page }) => {
  await page.goto("/en/treatments");
  const card = (name: RegExp) => page.getByRole("article").filter({ has: page.getByRole("heading", { name }) });
  await expect(card(/^Trans-arterial chemoembolization/).locator("svg")).toHaveAttribute("data-family", "catheter");
  await expect(card(/^Chemotherapy/).locator("svg")).toHaveAttribute("data-family", "drug");
  await expectDecorative(card(/^Chemotherapy/).locator("svg"), 44);
  await expect(page.getByRole("main").getByRole("img")).toHaveCount(0);
  expect(await unnamedImages(page)).toEqual([]);
});

/** Where the page's first call to action ends, and where it ended before the header had an image beside its h1. */
const actionBottom = (page: Page) =>
  page.evaluate(() => {
    const bottom = () => document.querySelector("main aside a")!.getBoundingClientRect().bottom;
    const withImage = bottom();
    const heading = document.querySelector("main h1")!;
    heading.parentElement!.replaceWith(heading);
    return { withImage, without: bottom() };
  });

for (const locale of ["en", "ru", "ar"] as const) {
  for (const path of ["/clinics/veloria-hepatobiliary-centre", "/doctors/selin-aksungur", "/treatments/tace-chemoembolization"]) {
    test(`${locale}${path}: the header's image leaves the h1 on a phone's first screen and moves the consultation action little`, async ({ page }) => {
      await page.setViewportSize(firstScreen);
      await page.goto(`/${locale}${path}`);
      const heading = (await page.getByRole("heading", { level: 1 }).boundingBox())!;
      expect(heading.y + heading.height).toBeLessThanOrEqual(firstScreen.height);
      expect(await unnamedImages(page)).toEqual([]);
      const { withImage, without } = await actionBottom(page);
      expect(withImage - without).toBeLessThanOrEqual(32);
      // Doctors' pages and English and Arabic treatment pages have it on the first screen; they keep it there.
      if (without <= firstScreen.height) expect(withImage).toBeLessThanOrEqual(firstScreen.height);
    });
  }
}
