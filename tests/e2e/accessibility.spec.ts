import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const pages = ["", "/treatments/y90-radioembolization", "/clinics"];
const locales = ["en", "ru", "uk", "de", "ar"];

for (const locale of locales) {
  for (const path of pages) {
    test(`no axe violations on /${locale}${path || ""}${path === "/clinics" ? " (and a clinic page)" : ""}`, async ({ page }) => {
      await page.goto(`/${locale}${path}`);
      if (path === "/clinics") await page.locator("main .card").first().getByRole("link").first().click();
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    });
  }
}
