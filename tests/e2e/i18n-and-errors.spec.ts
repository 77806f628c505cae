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
    await expect(page).toHaveTitle(new RegExp(`^${title} `));
    await expect(page.locator("html")).toHaveAttribute("lang", locale);

    expect((await page.goto(`/${locale}/no-such-page`))?.status()).toBe(404);
    await expect(page).toHaveTitle(new RegExp(`^${title} `));
  });
}

test("the language a visitor chose is remembered in a Secure cookie", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  const languageCookie = async () => (await context.cookies()).find((cookie) => cookie.name === "NEXT_LOCALE");

  // A page in a language other than the browser's sets the cookie from the server…
  const response = await page.goto("/de/treatments/tace-chemoembolization");
  expect(await response?.headerValue("set-cookie")).toMatch(/NEXT_LOCALE=de;[^\n]*;\s*Secure/i);
  expect(await languageCookie()).toMatchObject({ value: "de", secure: true, sameSite: "Lax" });

  // …and the language switcher updates it in the browser.
  await page.getByRole("button", { name: "Sprache: Deutsch" }).click();
  await page.getByRole("navigation", { name: "Sprache" }).getByRole("link", { name: "Русский" }).click();
  await expect(page).toHaveURL(/\/ru\/treatments\/tace-chemoembolization$/);
  await expect.poll(languageCookie).toMatchObject({ value: "ru", secure: true });

  await page.goto("/");
  await expect(page).toHaveURL(/\/ru$/);
  await context.close();
});
