import { expect, test } from "@playwright/test";

test("the root address negotiates the language from Accept-Language", async ({ browser }) => {
  // The browser's locale is what it sends as Accept-Language.
  const context = await browser.newContext({ locale: "uk-UA" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/uk$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "uk");
  await context.close();
});

const notFoundTitles = {
  en: "Page not found",
  ru: "Страница не найдена",
  uk: "Сторінку не знайдено",
  de: "Seite nicht gefunden",
  ar: "الصفحة غير موجودة",
};

for (const [locale, title] of Object.entries(notFoundTitles)) {
  test(`an unknown page answers 404 in ${locale}`, async ({ page }) => {
    const response = await page.goto(`/${locale}/treatments/no-such-treatment`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
  });
}
