import { expect, test, type Page } from "@playwright/test";
import { MAX_MESSAGE_LENGTH } from "@/lib/validation/consultation-fields";
import { consultationPart } from "@/lib/validation/consultation-request";
import { signIn } from "./support/coordinator";
import { consultationFields } from "./support/consultation-request";
import { queryDatabase } from "./support/database";

const appUrl = new URL(process.env.APP_URL ?? "http://127.0.0.1:3100");
const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==", "base64");
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };

/** Words as long as each field allows, without a single space: what a paste of a link or a held-down key gives. */
const longWord = (length: number, seed = "Metastases") => seed.repeat(Math.ceil(length / seed.length)).slice(0, length);
const fileName = `${longWord(196, "CT-scan_")}.png`;

/** Sends a request as the form does, with every text a patient types as one long word. */
async function sendLongWordedRequest(page: Page, { spam = false } = {}) {
  const fields = consultationFields();
  const data = {
    ...JSON.parse(fields.data),
    fullName: longWord(120, "Kovalenko"),
    email: `${longWord(64, "olena")}@${longWord(63, "clinic")}.${longWord(63, "oncology")}.example.com`,
    message: longWord(MAX_MESSAGE_LENGTH),
  };
  const meta = {
    ...JSON.parse(fields.meta),
    ...(spam && { website: "https://spam.example" }),
    sourcePath: `/en/consultation?${longWord(400, "x")}`,
    referrer: `https://search.example/?q=${longWord(900, "liver")}`,
    utm: { utm_source: longWord(200, "newsletter"), utm_campaign: longWord(200, "spring") },
  };
  const reply = await page.request.post("/api/consultations", {
    headers: { origin: appUrl.origin, "x-forwarded-for": `198.51.100.${1 + Math.floor(Math.random() * 254)}` },
    multipart: {
      ...fields,
      [consultationPart.data]: JSON.stringify(data),
      [consultationPart.meta]: JSON.stringify(meta),
      [consultationPart.files]: { name: fileName, mimeType: "image/png", buffer: png },
    },
  });
  expect(reply.status()).toBe(201);
  const [lead] = await queryDatabase<{ id: string; reference: string }>(`SELECT id, reference FROM "Lead" WHERE reference = $1`, [
    (await reply.json()).reference,
  ]);
  return lead!;
}

/** The page fits the window at a phone's and a desktop's width: nothing a patient typed makes it scroll sideways. */
async function expectNoSidewaysScroll(page: Page, what: string) {
  for (const viewport of [phone, desktop]) {
    await page.setViewportSize(viewport);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${what} at ${viewport.width} px`).toBeLessThanOrEqual(viewport.width);
  }
}

test("text a patient typed as one long word wraps instead of widening the workspace", async ({ page }) => {
  const lead = await sendLongWordedRequest(page);
  const quarantined = await sendLongWordedRequest(page, { spam: true });

  await page.goto(`/en/admin/leads/${lead.id}`);
  await signIn(page);
  await expect(page).toHaveURL(`/en/admin/leads/${lead.id}`);
  await expect(page.getByText(longWord(MAX_MESSAGE_LENGTH))).toBeVisible();
  await page.getByLabel("Add a note (seen by coordinators only)").fill(longWord(5000, "Called"));
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByRole("region", { name: "History" })).toContainText("E2E Coordinator added a note");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: `Download ${fileName}` }).click();
  await downloading;
  await page.reload();
  await expect(page.getByRole("region", { name: "History" })).toContainText(`downloaded ${fileName}`);
  await expectNoSidewaysScroll(page, "the lead's page");

  await page.goto(`/en/admin/leads?q=${lead.reference}`);
  await expect(page.getByRole("row").filter({ hasText: lead.reference })).toHaveCount(1);
  await expectNoSidewaysScroll(page, "the leads list");
  // On a desktop the whole table fits: the name wraps in its column instead of pushing the others out of view.
  const table = page.getByRole("region", { name: "Leads", exact: true });
  expect(await table.evaluate((region) => region.scrollWidth - region.clientWidth), "the leads table at 1280 px").toBeLessThanOrEqual(0);

  await page.goto("/en/admin/quarantine");
  await expect(page.getByRole("heading", { name: new RegExp(quarantined.reference) })).toBeVisible();
  await expectNoSidewaysScroll(page, "the quarantine list");
});

test("a long file name wraps in the consultation form's file list", async ({ page }) => {
  await page.goto("/en/consultation");
  await expect(page.locator("form[data-ready]")).toBeVisible();
  await page.locator('input[type="file"][multiple]').setInputFiles([{ name: fileName, mimeType: "image/png", buffer: png }]);
  await expect(page.getByText("1 file selected")).toBeVisible();
  await expectNoSidewaysScroll(page, "the consultation form");
});
