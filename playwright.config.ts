import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, systemChromium } from "./scripts/lib/system-chromium";

const port = Number(process.env.PORT ?? 3100);
const baseURL = process.env.APP_URL ?? `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // Two cores run the server, the browser and the tests at once: allow for a loaded machine. A sign-in and two axe
  // scans of a workspace page took 18-20 s with two workers in a quiet run, and over 30 s (the default) in CI's.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ["list"],
    ...(process.env.E2E_JSON_REPORT ? [["json", { outputFile: process.env.E2E_JSON_REPORT }] as const] : []),
    ...(process.env.CI ? [] : [["html", { open: "never" }] as const]),
  ],
  use: {
    baseURL,
    trace: "retain-on-failure",
    // Machines without internet use Debian's Chromium; elsewhere Playwright's own (`npx playwright install`).
    launchOptions: systemChromium ? { executablePath: systemChromium, args: chromiumArgs } : {},
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "mobile", use: { ...devices["Pixel 7"] }, grep: /@mobile/ },
  ],
  webServer: {
    // `npm start`'s server, started without npm so the process Playwright stops is the server itself. The test
    // runner stands in for a reverse proxy at 127.0.0.1, so each test can be its own visitor (X-Forwarded-For);
    // a request from another loopback address is an untrusted client (tests/e2e/client-address.spec.ts).
    command: `node --import tsx scripts/server.ts -p ${port} -H 127.0.0.1`,
    env: { TRUSTED_PROXIES: "127.0.0.1" },
    url: `${baseURL}/en`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
