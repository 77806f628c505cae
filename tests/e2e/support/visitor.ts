import type { Page } from "@playwright/test";

/**
 * Each test is its own visitor: the per-IP rate limit would otherwise count every browser test as one person.
 * The header is what a reverse proxy in front of the app would add (TEST-NET-3 addresses).
 */
export async function actAsNewVisitor(page: Page) {
  const address = `203.0.113.${1 + Math.floor(Math.random() * 254)}`;
  await page.setExtraHTTPHeaders({ "x-forwarded-for": address });
}
