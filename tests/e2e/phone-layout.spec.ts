import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";
import { headerBudget, localeControls, pageWidth, phones, phoneTest as test, testLocales } from "./support/phone";

const publicPages = [
  { name: "home", path: "" },
  { name: "condition", path: "/conditions/liver-metastases" },
  { name: "treatments list", path: "/treatments" },
  { name: "treatment", path: "/treatments/tace-chemoembolization" },
  { name: "clinics list", path: "/clinics" },
  { name: "clinic", path: "/clinics/veloria-hepatobiliary-centre" },
  { name: "doctors list", path: "/doctors" },
  { name: "doctor", path: "/doctors/selin-aksungur" },
  { name: "consultation", path: "/consultation" },
  { name: "privacy", path: "/privacy" },
  { name: "thank-you", path: "/consultation/thank-you" },
  { name: "404", path: "/no-such-page" },
];

/** Heading levels in reading order that go down more than one step at a time (h1 → h3). */
const skippedHeadingLevels = (page: Page) =>
  page.locator("main").evaluate((main) => {
    const levels = [...main.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((heading) => Number(heading.tagName[1]));
    return levels.flatMap((level, index) => (index > 0 && level > levels[index - 1]! + 1 ? [`h${levels[index - 1]} → h${level}`] : []));
  });

/**
 * Controls smaller than 44×44 px, except links inside a sentence (text beside them in the same element) and what is
 * hidden from everyone (the form's honeypot).
 */
const undersizedTargets = (scope: Locator) =>
  scope.evaluate((root) =>
    [...root.querySelectorAll("a[href], button, select, input:not([type=hidden]), summary")]
      .filter((control) => control.checkVisibility() && !control.closest("[aria-hidden=true]"))
      .filter((control) => ![...(control.parentNode?.childNodes ?? [])].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()))
      .map((control) => ({ control: control.textContent?.trim(), ...control.getBoundingClientRect().toJSON() }))
      .filter(({ width, height }) => width < 44 || height < 44)
      .map(({ control, width, height }) => `${control}: ${Math.round(width)}×${Math.round(height)}`),
  );

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations.map(
    (violation) => `${violation.id}: ${violation.help}`,
  );

for (const locale of testLocales) {
  for (const { name, path } of publicPages) {
    test(`the ${name} page fits a phone's screen in ${locale}, under a header within its budget, with 44 px tap targets, and axe finds nothing`, async ({ phone }) => {
      await phone.setViewportSize(phones[0]);
      await phone.goto(`/${locale}${path}`);
      const header = phone.getByRole("banner");
      for (const size of phones) {
        await phone.setViewportSize(size);
        await expect.poll(() => pageWidth(phone)).toEqual({ scrollWidth: size.width, innerWidth: size.width });
        const headerHeight = (await header.boundingBox())!.height;
        expect(headerHeight, `header height at ${size.width}×${size.height}`).toBeLessThanOrEqual(headerBudget * size.height);
        expect(await undersizedTargets(phone.locator("body")), `tap targets at ${size.width} px`).toEqual([]);
      }
      expect(await skippedHeadingLevels(phone)).toEqual([]);
      expect(await axeViolations(phone)).toEqual([]);
    });
  }
}

/** Presses Tab until `target` has focus, as a keyboard user would walk to it. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 8; presses++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((node) => node === document.activeElement)) return;
  }
  throw new Error("Tab never reached the target");
}

for (const [index, locale] of testLocales.entries()) {
  const names = localeControls[locale];
  const next = testLocales[(index + 1) % testLocales.length]!;
  test(`the language menu and the main menu work by keyboard in ${locale}, and are accessible when open`, async ({ phone }) => {
    await phone.setViewportSize(phones[1]);
    await phone.goto(`/${locale}/treatments`);
    const languageButton = phone.getByRole("button", { name: new RegExp(`^${names.language}.*${names.current}$`) });
    const languageMenu = phone.getByRole("navigation", { name: names.language });
    await expect(languageMenu).toBeHidden();
    await languageButton.focus();
    await phone.keyboard.press("Enter");
    await expect(languageMenu).toBeVisible();
    await phone.keyboard.press("Tab");
    await expect(languageMenu.getByRole("link").first()).toBeFocused();
    await expect(languageMenu.locator('[aria-current="true"]')).toHaveText(names.current);
    expect(await axeViolations(phone)).toEqual([]);
    await phone.keyboard.press("Escape");
    await expect(languageMenu).toBeHidden();
    await expect(languageButton).toBeFocused();

    const menuButton = phone.getByRole("button", { name: names.menu, exact: true });
    const mainMenu = phone.getByRole("navigation", { name: names.mainMenu });
    await expect(mainMenu).toBeHidden();
    await menuButton.focus();
    await phone.keyboard.press("Enter");
    await expect(mainMenu).toBeVisible();
    await phone.keyboard.press("Tab");
    await expect(mainMenu.getByRole("link").first()).toBeFocused();
    expect(await axeViolations(phone)).toEqual([]);
    await phone.keyboard.press("Enter");
    await expect(phone).toHaveURL(new RegExp(`/${locale}/conditions/liver-metastases$`));
    await expect(mainMenu).toBeHidden();

    await languageButton.focus();
    await phone.keyboard.press("Enter");
    await tabTo(phone, languageMenu.getByRole("link", { name: localeControls[next].current }));
    await phone.keyboard.press("Enter");
    await expect(phone).toHaveURL(new RegExp(`/${next}/conditions/liver-metastases$`));
    await expect(phone.locator("html")).toHaveAttribute("lang", next);
  });
}

for (const locale of ["en", "ar"] as const) {
  test(`every control of the header's menus is at least 44×44 px in ${locale}`, async ({ phone }) => {
    await phone.setViewportSize(phones[1]);
    await phone.goto(`/${locale}`);
    const names = localeControls[locale];
    await phone.getByRole("button", { name: names.menu, exact: true }).click();
    expect(await undersizedTargets(phone.getByRole("navigation", { name: names.mainMenu }))).toEqual([]);
    await phone.getByRole("button", { name: new RegExp(`^${names.language}`) }).click();
    expect(await undersizedTargets(phone.getByRole("navigation", { name: names.language }))).toEqual([]);
  });
}

test("on a wide screen the main menu and the consultation action are in the header, with no menu button", async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto("/en/treatments");
  const header = page.getByRole("banner");
  await expect(header.getByRole("button", { name: "Menu", exact: true })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Clinics" })).toBeVisible();
  await expect(header.getByRole("link", { name: "Free consultation" })).toBeVisible();
  await page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Clinics" }).click();
  await expect(page).toHaveURL(/\/en\/clinics$/);
  await page.close();
});
