import { createHash, randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { fillRequiredFields, formReady } from "./support/consultation-form";
import { signIn } from "./support/coordinator";
import { queryDatabase } from "./support/database";
import { waitForMail } from "./support/mailbox";
import { waitOutTimeTrap } from "./support/time-trap";
import { actAsNewVisitor } from "./support/visitor";

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const pdfFile = () => ({
  name: "ct-report.pdf",
  mimeType: "application/pdf",
  buffer: Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(3 * 1024 * 1024)]),
});
const jpegFile = () => ({
  name: "liver-scan.jpg",
  mimeType: "image/jpeg",
  buffer: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(512 * 1024)]),
});

test.beforeEach(({ page }) => actAsNewVisitor(page));

test("a visitor sends a request with a PDF and a JPEG and gets a reference (en)", async ({ page }) => {
  // Some 15 page loads and server actions, a 3.5 MB upload at a phone's speed, two emails and a sign-in (scrypt):
  // 16–19 s on the shared 2-core machine with one worker, 30 s with two while stress-ng keeps both cores busy.
  test.setTimeout(120_000);
  const email = `e2e-${Date.now()}@example.com`;
  const files = [pdfFile(), jpegFile()];
  // The visit starts from a campaign link on a treatment page; the request remembers that landing page's UTM.
  await page.goto("/en/treatments/y90-radioembolization?utm_source=newsletter&utm_campaign=liver-2026");
  await page.getByRole("link", { name: "Request a free consultation" }).first().click();
  await expect(page).toHaveURL(/\/en\/consultation\?treatment=y90-radioembolization$/);
  const openedAt = await formReady(page);
  await fillRequiredFields(page, email);
  await page.getByRole("button", { name: "Add details (optional)" }).click();
  await expect(page.getByRole("combobox", { name: "Treatment" })).toHaveValue("y90-radioembolization");
  await expect(page.getByLabel("Full name *")).toHaveValue("Olena Kovalenko");
  await expect(page.getByLabel("Email *")).toHaveValue(email);
  await page.getByRole("radio", { name: "A relative or carer of the patient" }).check();
  await page.getByRole("group", { name: /Records for/ }).getByRole("checkbox").first().check();
  await page.locator('input[type="file"][multiple]').setInputFiles(files);
  await expect(page.getByText("2 files selected")).toBeVisible();
  await waitOutTimeTrap(openedAt);

  // Slow the upload down so the progress bar is visible, as on a patient's mobile connection.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 50,
    downloadThroughput: -1,
    uploadThroughput: 2 * 1024 * 1024,
  });
  await page.getByRole("button", { name: "Send request for a free consultation" }).click();
  await expect(page.getByRole("button", { name: "Sending…" })).toBeDisabled();
  await expect(page.getByRole("status")).toContainText(/Uploading: \d+%/);

  await expect(page).toHaveURL(/\/en\/consultation\/thank-you\?reference=CP-/, { timeout: 30_000 });
  const reference = (await page.getByTestId("reference").textContent())!.trim();
  expect(reference).toMatch(/^CP-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  await expect(page.getByTestId("contact-promise")).toContainText(/A coordinator will contact you by \d{2}:\d{2}/);

  const stored = await queryDatabase<{ originalName: string; sha256: string; status: string; phone: string }>(
    `SELECT f."originalName", f."sha256", l."status", l."phone" FROM "Lead" l JOIN "LeadFile" f ON f."leadId" = l."id"
     WHERE l."reference" = $1 ORDER BY f."originalName"`,
    [reference],
  );
  expect(stored.map((row) => [row.originalName, row.sha256])).toEqual(
    [...files].sort((a, b) => a.name.localeCompare(b.name)).map((file) => [file.name, sha256(file.buffer)]),
  );
  expect(stored[0]).toMatchObject({ status: "NEW", phone: "+380671234567" });
  const [attribution] = await queryDatabase<{ utm: unknown; sourcePath: string }>(
    `SELECT "utm", "sourcePath" FROM "Lead" WHERE "reference" = $1`,
    [reference],
  );
  expect(attribution).toEqual({
    utm: { utm_source: "newsletter", utm_campaign: "liver-2026" },
    sourcePath: "/en/consultation",
  });

  // The patient's confirmation goes out through the real SMTP server within seconds, without medical details.
  const confirmation = await waitForMail((mail) => mail.to.text === email);
  expect(confirmation.text).not.toContain("colorectal");
  expect(confirmation.subject).toBe(`We have received your request ${reference}`);

  // The coordinators are told too, without medical details; the email's link opens the lead behind the sign-in.
  const alert = await waitForMail((mail) => mail.subject.startsWith(`New consultation request ${reference}`));
  expect(alert.to.text).toBe("coordinators@careport.test");
  expect(alert.text).toContain("+380671234567");
  expect(alert.text).not.toContain("colorectal");
  const leadUrl = new URL(alert.text.match(/https?:\/\/[^\s<>"]+\/en\/admin\/leads\/[^\s<>"]+/)![0]);
  await page.goto(leadUrl.href);
  await expect(page).toHaveURL(/\/en\/admin\/sign-in\?next=/);
  await signIn(page);
  await expect(page).toHaveURL(leadUrl.pathname);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${reference} · Olena Kovalenko`);
  await expect(page.getByText("colorectal cancer with liver metastases")).toBeVisible();

  // The coordinator downloads the PDF (byte for byte what the patient sent), calls, and notes it.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download ct-report.pdf" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("ct-report.pdf");
  expect(sha256(await readFile((await download.path())!))).toBe(sha256(files[0]!.buffer));
  await page.getByLabel("Move to").selectOption("CONTACTED");
  await page.getByRole("button", { name: "Save status" }).click();
  await expect(page.getByTestId("lead-status")).toContainText(/^Contacted · received .* · first contact /);
  await page.getByLabel("Coordinator", { exact: true }).selectOption({ label: "E2E Coordinator" });
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByRole("region", { name: "History" })).toContainText("E2E Coordinator assigned the lead to E2E Coordinator");
  await page.getByLabel("Add a note (seen by coordinators only)").fill("Called the daughter; CT from March to follow.");
  await page.getByRole("button", { name: "Add note" }).click();
  const history = page.getByRole("region", { name: "History" });
  await expect(history).toContainText("E2E Coordinator added a note");
  await expect(history).toContainText("Called the daughter; CT from March to follow.");
  await expect(history).toContainText("E2E Coordinator moved the lead from New to Contacted");
  await expect(history).toContainText("E2E Coordinator downloaded ct-report.pdf");
  await expect(history).toContainText("E2E Coordinator opened the lead");

  // In the list, the lead is found by its reference, with its coordinator and the wait stopped.
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Leads" }).click();
  await page.getByLabel("Search").fill(reference);
  await page.getByRole("button", { name: "Show" }).click();
  const row = page.getByRole("row").filter({ hasText: reference });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Contacted");
  await expect(row).toContainText("E2E Coordinator");
  await row.getByRole("link", { name: reference }).click();
  await expect(page).toHaveURL(leadUrl.pathname);
  const fileUrl = new URL((await page.getByRole("link", { name: "Download ct-report.pdf" }).getAttribute("href"))!, leadUrl);

  // Signed out, neither the lead nor its file opens.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/sign-in$/);
  await page.goto(leadUrl.href);
  await expect(page).toHaveURL(/\/en\/admin\/sign-in\?next=/);
  const refused = await page.request.get(fileUrl.href);
  expect(refused.status()).toBe(401);
});

test("the same in Arabic, right to left (ar)", async ({ page }) => {
  const email = `e2e-ar-${Date.now()}@example.com`;
  await page.goto("/ar/consultation");
  const openedAt = await formReady(page);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await fillRequiredFields(page, email);
  await page.locator('input[type="file"][multiple]').setInputFiles([pdfFile(), jpegFile()]);
  await waitOutTimeTrap(openedAt);
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/ar\/consultation\/thank-you\?reference=CP-/, { timeout: 30_000 });
  const reference = (await page.getByTestId("reference").textContent())!.trim();
  const [lead] = await queryDatabase<{ locale: string; files: string }>(
    `SELECT l."locale", count(f.*)::text AS files FROM "Lead" l JOIN "LeadFile" f ON f."leadId" = l."id"
     WHERE l."reference" = $1 GROUP BY l."locale"`,
    [reference],
  );
  expect(lead).toEqual({ locale: "ar", files: "2" });
});

test("invalid input is explained next to each field, focus goes to the first, and axe finds nothing", async ({ page }) => {
  await page.goto("/en/consultation");
  await formReady(page);
  await page.getByRole("button", { name: "Send request for a free consultation" }).click();
  await expect(page.getByRole("radio", { name: "I am the patient" })).toBeFocused();
  await expect(page.getByText("This field is required.").first()).toBeVisible();
  await expect(page.getByRole("radiogroup", { name: "Who is writing? *" })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Full name *")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Email *").fill("olena@");
  await page.getByRole("radio", { name: "I am the patient" }).check();
  await page.getByRole("button", { name: "Add details (optional)" }).click();
  await page.locator("#patientAge").fill("15");
  await page.getByRole("button", { name: "Send request for a free consultation" }).click();
  await expect(page.getByText("Enter an email address like name@example.com.")).toBeVisible();
  await expect(page.getByText("For a patient under 18, a parent or legal guardian must send the request.")).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});

test("a server error keeps everything the visitor entered and lets them retry", async ({ page }) => {
  await page.goto("/en/consultation?clinic=quellenried-liver-oncology-clinic");
  const openedAt = await formReady(page);
  await fillRequiredFields(page, `e2e-retry-${Date.now()}@example.com`);
  await page.locator('input[type="file"][multiple]').setInputFiles([pdfFile()]);
  await waitOutTimeTrap(openedAt);
  const requestId = "0b9f5c1e-2d4a-4c3b-9a7e-5f6d8c2b1a40";
  await page.route("**/api/consultations", (route) => route.fulfill({ status: 500, json: { error: "serverError", requestId } }));
  await page.getByRole("button", { name: "Send request for a free consultation" }).click();
  const alert = page.locator("form").getByRole("alert");
  await expect(alert).toContainText("your request was not saved");
  await expect(alert).toContainText(`tell us this code: ${requestId}`);
  await expect(page.getByLabel("Full name *")).toHaveValue("Olena Kovalenko");
  await page.getByRole("button", { name: "Add details (optional)" }).click();
  await expect(page.getByRole("combobox", { name: "Clinic" })).toHaveValue("quellenried-liver-oncology-clinic");
  await expect(page.getByText("1 file selected")).toBeVisible();

  await page.unroute("**/api/consultations");
  await page.getByRole("button", { name: "Send request for a free consultation" }).click();
  await expect(page).toHaveURL(/\/thank-you\?reference=CP-/, { timeout: 30_000 });
});

test("what was typed survives a reload before sending (files excepted)", async ({ page }) => {
  await page.goto("/en/consultation");
  await formReady(page);
  await page.getByLabel("Full name *").fill("Draft Person");
  await page.locator("#message").fill("Draft text about the diagnosis.");
  await page.reload();
  await formReady(page);
  await expect(page.getByText("We restored what you typed earlier.")).toBeVisible();
  await expect(page.getByLabel("Full name *")).toHaveValue("Draft Person");
  await expect(page.locator("#message")).toHaveValue("Draft text about the diagnosis.");
});

test("no axe violations on the form in Arabic", async ({ page }) => {
  await page.goto("/ar/consultation?treatment=chemotherapy");
  await formReady(page);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});
