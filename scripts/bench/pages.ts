import http from "node:http";
import { chromium } from "@playwright/test";
import { chromiumArgs, systemChromium } from "../lib/system-chromium";
import { withBuiltApp } from "./built-app";
import { firstVisit, kilobytes } from "./first-visit";
import { loadTest } from "./http-load";

/**
 * `npm run bench:pages`: how fast catalog pages are served by `npm start` (scripts/server.ts), next to a bare Node HTTP server sending
 * the same bytes from memory on the same machine in the same run (the floor), and how much a visitor downloads.
 */
const requests = Number(process.env.BENCH_REQUESTS ?? 2000);
const concurrency = 10;

await withBuiltApp(async (origin) => {
  const treatmentPath = "/en/treatments/y90-radioembolization";
  const pageBytes = Buffer.from(await (await fetch(`${origin}${treatmentPath}`)).arrayBuffer());
  const baseline = http.createServer((_, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(pageBytes);
  });
  await new Promise<void>((resolve) => baseline.listen(0, "127.0.0.1", resolve));
  const baselineUrl = `http://127.0.0.1:${(baseline.address() as { port: number }).port}/`;

  const targets: [string, string][] = [
    ["baseline: bare Node http, same HTML from memory", baselineUrl],
    ["treatment page (static)", `${origin}${treatmentPath}`],
    ["clinic page, Arabic (static)", `${origin}/ar/clinics/veloria-hepatobiliary-centre`],
    ["clinics list filtered (per request, PostgreSQL)", `${origin}/en/clinics?country=DE`],
  ];
  console.log(`\n${requests} GET requests per row, ${concurrency} concurrent keep-alive connections (autocannon), loopback:\n`);
  console.log("| what | req/s | p50 ms | p95 ms | errors |\n| --- | ---: | ---: | ---: | ---: |");
  for (const [label, url] of targets) {
    await loadTest({ url, requests: 100, connections: concurrency }); // warm-up
    const result = await loadTest({ url, requests, connections: concurrency });
    console.log(`| ${label} | ${result.rate.toFixed(0)} | ${result.p50.toFixed(1)} | ${result.p95.toFixed(1)} | ${result.errors} |`);
  }
  baseline.close();

  const browser = await chromium.launch({ executablePath: systemChromium, args: chromiumArgs });
  const transfers = await firstVisit(browser, `${origin}${treatmentPath}`);
  const scripts = transfers.filter((transfer) => transfer.type === "script").length;
  console.log(`\nA first visit to ${treatmentPath} (Chromium, compressed transfer):`);
  console.log(`- JavaScript: ${kilobytes(transfers, "script").toFixed(1)} KB in ${scripts} files`);
  console.log(`- HTML: ${kilobytes(transfers, "document").toFixed(1)} KB, CSS: ${kilobytes(transfers, "stylesheet").toFixed(1)} KB, total: ${kilobytes(transfers).toFixed(1)} KB`);
  await browser.close();
});
