import type { Browser } from "@playwright/test";

export type Transfer = { type: string; bytes: number };

/** What a first visit to `url` downloads (compressed, with headers), one entry per response, in a fresh context. */
export async function firstVisit(browser: Browser, url: string): Promise<Transfer[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const transfers: Transfer[] = [];
  page.on("requestfinished", async (request) => {
    const sizes = await request.sizes();
    transfers.push({ type: request.resourceType(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await context.close();
  return transfers;
}

export const kilobytes = (transfers: Transfer[], type?: string) =>
  transfers.filter((transfer) => !type || transfer.type === type).reduce((sum, transfer) => sum + transfer.bytes, 0) / 1024;
