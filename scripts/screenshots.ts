import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { differingShare, decodePng } from "./lib/png-pixels";
import { fixtureLead, fixtureLeadSql, screenshotSets, type ScreenshotSet } from "./lib/screenshot-pages";
import { chromiumArgs, systemChromium } from "./lib/system-chromium";

/**
 * `npm run screenshots -- <folder> [--set review|readme] [--scheme light|dark]` captures pages of the built app (`npm run build`, with the
 * environment `npm start` needs) at each width of the set; it uses the server at APP_URL, or starts one there. For the
 * workspace's pages it adds an admin account and a lead to that database, and deletes them afterwards.
 * `npm run screenshots -- --compare <before> <after>` reports, per page, the share of pixels that differ.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    set: { type: "string", default: "review" },
    scheme: { type: "string", default: "light" },
    compare: { type: "boolean", default: false },
  },
});
const colorScheme = values.scheme === "dark" ? "dark" : "light";

if (values.compare) await compare(positionals[0], positionals[1]);
else await capture(screenshotSets[values.set!], positionals[0] ?? (values.set === "readme" ? "tests/e2e/screenshots" : undefined));

async function compare(before = "", after = "") {
  if (!before || !after) throw new Error("Usage: npm run screenshots -- --compare <before folder> <after folder>");
  const names = (await readdir(before)).filter((name) => name.endsWith(".png")).sort();
  for (const name of names) {
    const other = await readFile(path.join(after, name)).catch(() => null);
    if (!other) {
      console.log(`${name}: missing in ${after}`);
      continue;
    }
    const share = differingShare(decodePng(await readFile(path.join(before, name))), decodePng(other));
    console.log(`${name}: ${(share * 100).toFixed(2)} % of pixels differ`);
  }
}

async function capture(set: ScreenshotSet | undefined, folder: string | undefined) {
  if (!set || !folder) throw new Error(`Usage: npm run screenshots -- <folder> [--set ${Object.keys(screenshotSets).join("|")}]`);
  const origin = process.env.APP_URL;
  if (!origin) throw new Error("Set APP_URL (and what `npm start` needs) to the origin the app was built for");
  await mkdir(folder, { recursive: true });
  const server = (await answers(origin)) ? undefined : await startServer(new URL(origin).port || "80");
  const database = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await database.connect();
  const account = { email: "screenshots@careport.test", password: randomBytes(18).toString("base64url") };
  const browser = await chromium.launch(systemChromium ? { executablePath: systemChromium, args: chromiumArgs } : {});
  try {
    if (set.pages.some((page) => page.signedIn)) await prepareWorkspace(database, account);
    for (const width of set.widths) await captureWidth(browser, set, width, origin, folder, account);
  } finally {
    await browser.close();
    await database.query(`DELETE FROM "Lead" WHERE "id" = $1`, [fixtureLead.id]);
    await database.query(`DELETE FROM "User" WHERE "email" = $1`, [account.email]);
    await database.end();
    server?.kill("SIGTERM");
  }
}

async function captureWidth(browser: Browser, set: ScreenshotSet, width: number, origin: string, folder: string, account: { email: string; password: string }) {
  const options = { baseURL: origin, viewport: { width, height: 844 }, reducedMotion: "reduce", colorScheme } as const;
  const visitor = await browser.newContext(options);
  const coordinator = await browser.newContext(options);
  const staffPage = await coordinator.newPage();
  if (set.pages.some((page) => page.signedIn)) await signIn(staffPage, account);
  const visitorPage = await visitor.newPage();
  for (const entry of set.pages) {
    const page = entry.signedIn ? staffPage : visitorPage;
    await page.goto(entry.path, { waitUntil: "networkidle" });
    const file = path.join(folder, set.widths.length > 1 ? `${entry.name}-${width}.png` : `${entry.name}.png`);
    await writeFile(file, await page.screenshot({ fullPage: set.fullPage, animations: "disabled", caret: "hide", mask: [page.locator("time")] }));
    console.log(`wrote ${file}`);
  }
  await visitor.close();
  await coordinator.close();
}

/** An admin account and a lead of fixed content, so the workspace pages look the same on every run. */
async function prepareWorkspace(database: pg.Client, account: { email: string; password: string }) {
  const { createStaffAccount } = await import("../lib/staff/staff-accounts");
  await database.query(`DELETE FROM "User" WHERE "email" = $1`, [account.email]);
  await createStaffAccount({ ...account, name: "Screenshot Admin", roles: ["coordinator", "editor", "admin"] });
  await database.query(`DELETE FROM "Lead" WHERE "id" = $1`, [fixtureLead.id]);
  await database.query(fixtureLeadSql, [fixtureLead.id, fixtureLead.reference]);
}

/** As the e2e tests sign in (tests/e2e/support/coordinator.ts). */
async function signIn(page: Page, account: { email: string; password: string }) {
  await page.goto("/en/admin/sign-in");
  await page.locator("form[data-ready]").waitFor();
  await page.locator("#email").fill(account.email);
  await page.locator("#password").fill(account.password);
  await page.locator("button[type=submit]").click();
  await page.waitForURL(/\/en\/admin\/leads$/);
}

async function answers(origin: string) {
  return fetch(`${origin}/en`).then((response) => response.ok, () => false);
}

function startServer(port: string) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/server.ts", "-p", port, "-H", "127.0.0.1"], {
    env: { ...process.env, NOTIFICATION_WORKER: "off" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise<typeof child>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("Careport is listening")) resolve(child);
    });
    child.on("exit", (code) => reject(new Error(`The server exited (${code}) before listening`)));
  });
}
