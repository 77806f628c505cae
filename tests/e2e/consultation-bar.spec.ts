import { expect, type Page } from "@playwright/test";
import { phones, phoneTest as test } from "./support/phone";

const treatmentPage = "/en/treatments/tace-chemoembolization";
const bar = (page: Page) => page.getByRole("complementary", { name: "Free consultation about this treatment" });
const box = async (page: Page, name: "bar" | "footer" | "notices") => {
  const locator = { bar: bar(page), footer: page.getByRole("contentinfo"), notices: page.getByRole("region", { name: "Not medical advice" }) }[name];
  return (await locator.boundingBox())!;
};

test.beforeEach(async ({ phone }) => {
  await phone.setViewportSize(phones[1]);
  await phone.goto(treatmentPage);
  await phone.evaluate(() => sessionStorage.clear());
  await phone.reload();
});

test("a consultation bar appears once the treatment's hero and its call to action have scrolled away, and stops above the footer", async ({
  phone,
}) => {
  await expect(phone.getByRole("heading", { level: 1 })).toBeInViewport();
  await expect(bar(phone)).toBeHidden();

  // The hero gone, its call to action still on screen: one way to ask is enough.
  const firstAsk = phone.locator("main aside").filter({ hasText: "Request a free consultation" }).first();
  await firstAsk.evaluate((panel) => window.scrollTo(0, panel.getBoundingClientRect().top + window.scrollY - 1));
  await expect(phone.getByRole("heading", { level: 1 })).not.toBeInViewport();
  await expect(firstAsk).toBeInViewport();
  await expect(bar(phone)).toBeHidden();

  await phone.locator("#risks").scrollIntoViewIfNeeded();
  await expect(bar(phone)).toBeVisible();
  await expect(bar(phone)).toBeInViewport();
  await expect(bar(phone).getByRole("link", { name: "Request a free consultation" })).toHaveAttribute(
    "href",
    "/en/consultation?treatment=tace-chemoembolization",
  );

  await phone.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(phone.getByRole("contentinfo")).toBeInViewport();
  await expect(bar(phone)).toBeVisible();
  const [barBox, footerBox, noticesBox] = [await box(phone, "bar"), await box(phone, "footer"), await box(phone, "notices")];
  expect(barBox.y + barBox.height).toBeLessThanOrEqual(footerBox.y);
  expect(noticesBox.y + noticesBox.height).toBeLessThanOrEqual(barBox.y);

  await phone.evaluate(() => window.scrollTo(0, 0));
  await expect(bar(phone)).toBeHidden();
});

test("the consultation bar can be dismissed by keyboard, for the rest of the visit", async ({ phone }) => {
  await phone.locator("#risks").scrollIntoViewIfNeeded();
  const dismiss = bar(phone).getByRole("button", { name: "Hide" });
  await dismiss.focus();
  await phone.keyboard.press("Enter");
  await expect(bar(phone)).toBeHidden();
  await expect(phone.getByRole("main")).toBeFocused();

  await phone.goto("/en/treatments/thermal-ablation");
  await phone.locator("#risks").scrollIntoViewIfNeeded();
  await expect(phone.locator("[data-consultation-bar]")).toHaveAttribute("data-state", "dismissed");
  await expect(bar(phone)).toBeHidden();
});
