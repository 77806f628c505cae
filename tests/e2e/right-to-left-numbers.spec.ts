import { expect, test, type Locator } from "@playwright/test";
import { formReady } from "./support/consultation-form";
import { signInInLocale } from "./support/coordinator";
import { insertLead } from "./support/leads";
import { actAsNewVisitor } from "./support/visitor";

test.beforeEach(({ page }) => actAsNewVisitor(page));

/** Where the first and the last character of an element's text are drawn, left to right on the screen. */
async function firstAndLastX(element: Locator) {
  return element.evaluate((node) => {
    const text = node.firstChild as Text;
    const at = (offset: number) => {
      const range = document.createRange();
      range.setStart(text, offset);
      range.setEnd(text, offset + 1);
      return range.getBoundingClientRect().left;
    };
    return { first: at(0), last: at(text.length - 1) };
  });
}

/** `container` reads right to left, and holds `text` isolated and drawn left to right ("+" left of the last digit). */
async function expectNumberLeftToRight(container: Locator, text: string) {
  const number = container.locator('bdi[dir="ltr"]');
  await expect(number).toHaveText(text);
  expect(await container.evaluate((node) => getComputedStyle(node).direction)).toBe("rtl");
  const digits = await firstAndLastX(number);
  expect(digits.first).toBeLessThan(digits.last);
  return number;
}

test("in Arabic the dialled number reads left to right inside a sentence that stays right to left", async ({ page }) => {
  await page.goto("/ar/consultation");
  await formReady(page);
  await page.locator("select#countryCode").selectOption("AE");
  await expect(page.locator("#phoneCallingCode")).toHaveText("+971");
  await page.locator("#phoneNumber").fill("050 123 4567");

  const preview = page.locator("#phonePreview");
  const number = await expectNumberLeftToRight(preview, "+971 50 123 4567");
  // The sentence starts on the right, before the number.
  const sentence = await preview.evaluate((node) => node.firstChild!.textContent!.trim());
  expect(sentence).toBe("سنتصل بك على الرقم:");
  const sentenceBox = await preview.evaluate((node) => {
    const range = document.createRange();
    range.selectNodeContents(node.firstChild!);
    return range.getBoundingClientRect();
  });
  expect(sentenceBox.left).toBeGreaterThan((await number.boundingBox())!.x);

  // A calling code in the country list keeps its "+" in front, isolated from the country's Arabic name.
  const option = await page.locator('select#countryCode option[value="AE"]').textContent();
  expect(option).toContain("\u2066+971\u2069");
});

test("in the Arabic workspace the call button keeps the patient's number left to right", async ({ page }) => {
  const lead = await insertLead("Olena Kovalenko");
  await signInInLocale(page, "ar");
  await page.goto(`/ar/admin/leads/${lead.id}`);
  await expectNumberLeftToRight(page.locator('a[href="tel:+380671234567"]'), "+380671234567");
});
