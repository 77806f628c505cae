import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { freePort, startEmbeddedPostgres } from "../lib/embedded-postgres";
import { chromiumArgs, systemChromium } from "../lib/system-chromium";
import { generateSecrets } from "../lib/development-secrets";
import { prepareDatabase } from "../lib/prepare-database";
import { startSmtpSink } from "../lib/smtp-sink";
import { loadTest } from "./http-load";
import { buildAndStartNext } from "./next-server";

/**
 * `npm run bench:pages`: how fast catalog pages are served by `npm start` (scripts/server.ts), next to a bare Node HTTP server sending
 * the same bytes from memory on the same machine in the same run (the floor), and how much a visitor downloads.
 */
const requests = Number(process.env.BENCH_REQUESTS ?? 2000);
const concurrency = 10;

const directory = await mkdtemp(path.join(os.tmpdir(), "careport-bench-"));
const database = await startEmbeddedPostgres({ directory, database: "careport_bench", persistent: false });
const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const mailSink = await startSmtpSink();
Object.assign(process.env, {
  SMTP_URL: mailSink.url,
  DATABASE_URL: database.databaseUrl,
  ...generateSecrets(),
  APP_URL: origin,
  NEXT_TELEMETRY_DISABLED: "1",
});
let server: Awaited<ReturnType<typeof buildAndStartNext>> | undefined;
try {
  await prepareDatabase(database.databaseUrl);
  server = await buildAndStartNext(port);

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
  const page = await browser.newPage();
  const transfers: { type: string; bytes: number }[] = [];
  page.on("requestfinished", async (request) => {
    const sizes = await request.sizes();
    transfers.push({ type: request.resourceType(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
  });
  await page.goto(`${origin}${treatmentPath}`, { waitUntil: "networkidle" });
  const kilobytes = (type?: string) =>
    (transfers.filter((t) => !type || t.type === type).reduce((sum, t) => sum + t.bytes, 0) / 1024).toFixed(1);
  console.log(`\nA first visit to ${treatmentPath} (Chromium, compressed transfer):`);
  console.log(`- JavaScript: ${kilobytes("script")} KB in ${transfers.filter((t) => t.type === "script").length} files`);
  console.log(`- HTML: ${kilobytes("document")} KB, CSS: ${kilobytes("stylesheet")} KB, total: ${kilobytes()} KB`);
  await browser.close();
} finally {
  server?.kill("SIGTERM");
  await database.stop();
  await mailSink.close();
  await rm(directory, { recursive: true, force: true });
}
