import { chromium } from "@playwright/test";
import { launch } from "chrome-launcher";
import lighthouse, { type Result } from "lighthouse";
import { chromiumArgs, systemChromium } from "../lib/system-chromium";
import { withBuiltApp } from "./built-app";
import { firstVisit, kilobytes } from "./first-visit";

/**
 * `npm run bench:lighthouse`: Lighthouse (mobile preset: emulated phone, simulated slow 4G and 4× CPU slowdown) on the
 * pages issue 15 names, the median of three runs each; and the JavaScript each public page downloads next to the floor,
 * a page of this app with no client component of ours (the root 404 page, which has only Next.js and React).
 */
const runs = Number(process.env.BENCH_RUNS ?? 3);
const lighthousePages = ["/en", "/en/treatments/tace-chemoembolization", "/ar/clinics", "/en/consultation"];
const floorPath = "/no-such-file.html";
const catalogPages = [
  "/en",
  "/en/conditions/liver-metastases",
  "/en/treatments",
  "/en/treatments/tace-chemoembolization",
  "/en/clinics",
  "/ar/clinics",
  "/en/clinics/veloria-hepatobiliary-centre",
  "/en/doctors",
  "/ar/doctors/selin-aksungur",
  "/en/privacy",
];
const budgetOverFloor = 15;

/** One Lighthouse run; a run whose trace Chromium failed to record (NO_NAVSTART, rare) is run again, up to twice. */
async function audit(url: string, port: number, attempt = 1): Promise<Result> {
  const result = await lighthouse(url, { port, logLevel: "error", output: "json" });
  if (result && !result.lhr.runtimeError) return result.lhr;
  if (attempt < 3) return audit(url, port, attempt + 1);
  throw new Error(`Lighthouse failed on ${url}: ${result?.lhr.runtimeError?.message}`);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

await withBuiltApp(async (origin) => {
  const browser = await chromium.launch({ executablePath: systemChromium, args: chromiumArgs });
  const javascript = async (path: string) => kilobytes(await firstVisit(browser, `${origin}${path}`), "script");
  const floor = await javascript(floorPath);
  console.log(`\nJavaScript of a first visit (compressed). Floor, ${floorPath} (no client component of ours): ${floor.toFixed(1)} KB\n`);
  console.log(`| page | JavaScript KB | over the floor KB | within ${budgetOverFloor} KB |\n| --- | ---: | ---: | --- |`);
  for (const path of [...catalogPages, "/en/consultation"]) {
    const bytes = await javascript(path);
    const over = bytes - floor;
    console.log(`| ${path} | ${bytes.toFixed(1)} | ${over.toFixed(1)} | ${over <= budgetOverFloor ? "yes" : "no"} |`);
  }
  await browser.close();

  const chrome = await launch({ chromePath: systemChromium, chromeFlags: ["--headless=new", ...chromiumArgs] });
  try {
    console.log(`\nLighthouse ${runs}× per page (median of each figure), mobile preset:\n`);
    console.log("| page | Performance | Accessibility | Best Practices | SEO | LCP ms | TBT ms | CLS | bytes KB |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const path of lighthousePages) {
      const reports: Result[] = [];
      for (let run = 0; run < runs; run += 1) reports.push(await audit(`${origin}${path}`, chrome.port));
      const score = (category: string) => median(reports.map((report) => Math.round((report.categories[category]?.score ?? 0) * 100)));
      const figure = (id: string) => median(reports.map((report) => report.audits[id]?.numericValue ?? Number.NaN));
      console.log(
        `| ${path} | ${score("performance")} | ${score("accessibility")} | ${score("best-practices")} | ${score("seo")} | ` +
          `${figure("largest-contentful-paint").toFixed(0)} | ${figure("total-blocking-time").toFixed(0)} | ` +
          `${figure("cumulative-layout-shift").toFixed(3)} | ${(figure("total-byte-weight") / 1024).toFixed(0)} |`,
      );
    }
  } finally {
    chrome.kill();
  }
});
