import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { fillRequiredFields, formReady } from "./support/consultation-form";
import { actAsNewVisitor } from "./support/visitor";

const locales = ["en", "ru", "uk", "de", "ar"] as const;
const phones = [
  { width: 360, height: 780 },
  { width: 390, height: 844 },
];
const formText = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")).ConsultationForm;
const submitButton = (page: Page) => page.locator('form button[type="submit"]');

test.beforeEach(({ page }) => actAsNewVisitor(page));

const pageBox = (element: Locator) =>
  element.evaluate((node) => {
    const box = node.getBoundingClientRect();
    return { top: box.top + window.scrollY, bottom: box.bottom + window.scrollY, width: box.width, height: box.height };
  });

test.describe("on a phone", () => {
  // A touch screen, where the file picker offers the camera too.
  test.use({ hasTouch: true, isMobile: true });
  for (const locale of locales) {
    for (const screen of phones) {
      test(`${locale} at ${screen.width}px: the form starts on the first screen, and with only the required fields it is sent from within two`, async ({ page }) => {
        await page.setViewportSize(screen);
        await page.goto(`/${locale}/consultation`);
        await formReady(page);
        await expect(submitButton(page)).toBeEnabled();
        const form = page.locator("form");
        const firstField = form.locator("input:not([type=hidden]), select, textarea").first();
        expect((await pageBox(firstField)).bottom).toBeLessThanOrEqual(screen.height);

        // Inputs take the form's whole width (no box inside a box squeezing them).
        const formWidth = (await pageBox(form)).width;
        for (const input of await form.locator("input:not([type=radio], [type=checkbox], [type=file], #website):visible, select:visible, textarea:visible").all()) {
          expect((await pageBox(input)).width, await input.evaluate((node) => node.id)).toBeGreaterThan(formWidth * 0.75);
        }

        await fillRequiredFields(page, `first-step-${locale}@example.com`);
        expect((await pageBox(submitButton(page))).top).toBeLessThanOrEqual(2 * screen.height);
      });
    }
  }
});

for (const locale of locales) {
  test(`${locale}: one named country list; required fields announced; a country chosen after an empty submit is valid; details stay open; axe finds nothing`, async ({ page }) => {
    const t = formText(locale);
    await page.setViewportSize(phones[0]!);
    await page.goto(`/${locale}/consultation`);
    await formReady(page);

    await expect(page.getByRole("combobox", { name: t.country, exact: true })).toHaveCount(1);
    await expect(page.getByRole("searchbox")).toHaveCount(0);
    await expect(page.locator('option[value="UA"]')).toHaveCount(1);
    // No answer is chosen for the patient: the consent's wording depends on who is writing.
    await expect(page.locator('input[name="writerRole"]:checked, input[name="contactChannel"]:checked')).toHaveCount(0);
    const required = ["#fullName", "#email", "select#countryCode", "#phoneNumber", "#message", 'input[name="writerRole"]', 'input[name="contactChannel"]'];
    for (const selector of required) {
      for (const control of await page.locator(selector).all()) {
        const announced = await control.evaluate(
          (node) => (node as HTMLInputElement).required || node.getAttribute("aria-required") === "true",
        );
        expect(announced, selector).toBe(true);
      }
    }

    await submitButton(page).click();
    const country = page.locator("select#countryCode");
    await expect(country).toHaveAttribute("aria-invalid", "true");
    await country.selectOption("UA");
    await expect(country).not.toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#countryCode-error")).toHaveCount(0);
    await expect(page.locator("#phoneCallingCode")).toHaveText("+380");
    await expect(page.locator("#phoneCallingCode")).not.toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#phoneCountry-error")).toHaveCount(0);

    await page.locator('input[name="writerRole"][value="RELATIVE"]').check();
    await expect(page.locator('input[name="consent"]')).toHaveAttribute("required", "");

    // Optional details, once used, stay open through a failed submit and a restored draft.
    await page.getByRole("button", { name: t.addDetails }).click();
    await expect(page.locator("#patientAge")).toBeFocused();
    await page.locator("#patientAge").fill("40");
    await submitButton(page).click();
    await expect(page.locator("#fullName")).toBeFocused();
    await expect(page.locator("#patientAge")).toBeVisible();

    // Tap targets of 44 × 44 px at least.
    for (const target of await page.locator("form label:has(input[type=radio], input[type=checkbox]):visible, form button:visible, form a:not(label a):visible").all()) {
      const box = await pageBox(target);
      expect(Math.min(box.width, box.height), (await target.textContent()) ?? "").toBeGreaterThanOrEqual(44);
    }
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

    await page.reload();
    await formReady(page);
    await expect(page.locator("#patientAge")).toHaveValue("40");
  });
}

test("before the form's code has loaded, its button is disabled and says why (en)", async ({ page }) => {
  await page.route(/\/_next\/static\/chunks\/.+\.js/, (route) => route.abort());
  await page.goto("/en/consultation");
  await expect(submitButton(page)).toBeDisabled();
  await expect(submitButton(page)).toHaveAccessibleDescription(formText("en").loadingForm);
  await expect(page.getByText(formText("en").loadingForm)).toBeVisible();
});

test("a calling code other than the country's is typed with the number (en)", async ({ page }) => {
  await page.goto("/en/consultation");
  await formReady(page);
  await page.locator("select#countryCode").selectOption("UA");
  await page.locator("#phoneNumber").fill("+44 20 7946 0958");
  await expect(page.locator("#phoneCallingCode")).toHaveText("+44");
  await expect(page.locator("#phonePreview")).toContainText("+44 20 7946 0958");
});

test.describe("on a touch screen", () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test("files are chosen with a large button, and a paper report can be photographed (en)", async ({ page }) => {
    await page.goto("/en/consultation");
    await formReady(page);
    const choose = page.getByRole("button", { name: "Choose files" });
    const box = (await choose.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(0.4 * 390);
    await expect(page.getByText("drag them here")).toBeHidden();
    const choosing = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Take a photo of a report" }).click();
    const chooser = await choosing;
    expect(await chooser.element().evaluate((input) => [(input as Element).getAttribute("accept"), (input as Element).getAttribute("capture")])).toEqual([
      "image/*",
      "environment",
    ]);
    await chooser.setFiles({ name: "report.jpg", mimeType: "image/jpeg", buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]) });
    await expect(page.getByText("1 file selected")).toBeVisible();
  });
});

test("on a desktop, files can still be dragged in, and no camera is offered (en)", async ({ page }) => {
  await page.goto("/en/consultation");
  await formReady(page);
  await expect(page.getByText("drag them here")).toBeVisible();
  await expect(page.getByRole("button", { name: "Take a photo of a report" })).toBeHidden();
});

/** WCAG's contrast ratio of two `rgb(…)` colours. */
function contrast(foreground: string, background: string) {
  const luminance = (color: string) => {
    const [r, g, b] = color.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((part) => {
      const channel = Number(part) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

/** Red or pink: a hue within 40° of red with some saturation, the colour of errors. */
function looksLikeAnError(color: string) {
  const [r, g, b] = color.match(/\d+/g)!.slice(0, 3).map(Number) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max - min < 20) return false;
  const hue = max === r ? (60 * ((g - b) / (max - min)) + 360) % 360 : max === g ? 60 * ((b - r) / (max - min)) + 120 : 60 * ((r - g) / (max - min)) + 240;
  return hue >= 320 || hue <= 40;
}

test("records marked as needed read as information, not as errors (en)", async ({ page }) => {
  const badges = [
    ["/en/treatments/y90-radioembolization", "Needed"],
    ["/en/consultation?treatment=y90-radioembolization", "needed"],
  ] as const;
  for (const [path, label] of badges) {
    await page.goto(path);
    if (path.includes("consultation")) {
      await formReady(page);
      await page.getByRole("button", { name: formText("en").addDetails }).click();
    }
    const badge = page.getByText(label, { exact: true }).first();
    const { color, background } = await badge.evaluate((node) => ({
      color: getComputedStyle(node).color,
      background: getComputedStyle(node).backgroundColor,
    }));
    expect(contrast(color, background), path).toBeGreaterThanOrEqual(4.5);
    expect([looksLikeAnError(color), looksLikeAnError(background)], path).toEqual([false, false]);
  }
});
