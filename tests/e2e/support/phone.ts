import { test as base, type Page } from "@playwright/test";

export const phones = [
  { width: 360, height: 780 },
  { width: 390, height: 844 },
] as const;

/** The header's share of the first screen (issue 14). */
export const headerBudget = 0.15;

/** What each locale calls its controls, as a patient reads them. */
export const localeControls = {
  en: { language: "Language", current: "English", menu: "Menu", mainMenu: "Main menu" },
  ru: { language: "Язык", current: "Русский", menu: "Меню", mainMenu: "Главное меню" },
  uk: { language: "Мова", current: "Українська", menu: "Меню", mainMenu: "Головне меню" },
  de: { language: "Sprache", current: "Deutsch", menu: "Menü", mainMenu: "Hauptmenü" },
  ar: { language: "اللغة", current: "العربية", menu: "القائمة", mainMenu: "القائمة الرئيسية" },
} as const;

export type TestLocale = keyof typeof localeControls;
export const testLocales = Object.keys(localeControls) as TestLocale[];

/**
 * One phone-sized page per worker, reused by its tests: a touch device that lays out pages as a phone does, so a
 * page wider than the screen shows as a wider layout viewport, not only as a scroll bar.
 */
export const phoneTest = base.extend<object, { phone: Page }>({
  phone: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ viewport: phones[0], isMobile: true, hasTouch: true });
      await use(await context.newPage());
      await context.close();
    },
    { scope: "worker" },
  ],
});

/** How far the page reaches past the screen's right or left edge, and the width the browser laid it out at. */
export const pageWidth = (page: Page) =>
  page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
