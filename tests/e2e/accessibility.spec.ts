import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const locales = ["en", "ru", "uk", "de", "ar"];

const openFirstCard = (page: Page) => page.getByRole("main").getByRole("article").first().getByRole("link").first().click();

const pages: { name: string; path: string; then?: (page: Page) => Promise<void> }[] = [
  { name: "home", path: "" },
  { name: "condition", path: "/conditions/liver-metastases" },
  { name: "treatment", path: "/treatments/y90-radioembolization" },
  { name: "clinics list", path: "/clinics" },
  { name: "clinic", path: "/clinics", then: openFirstCard },
  { name: "doctor", path: "/doctors", then: openFirstCard },
];

for (const locale of locales) {
  for (const { name, path, then } of pages) {
    test(`no axe violations on the ${name} page in ${locale}`, async ({ page }) => {
      await page.goto(`/${locale}${path}`);
      if (then) {
        await then(page);
        await page.waitForURL(new RegExp(`/${locale}${path}/[a-z0-9-]+$`));
      }
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    });
  }
}
