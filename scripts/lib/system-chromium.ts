import { existsSync } from "node:fs";

/** Debian's Chromium where installed (machines without internet); else undefined and Playwright uses its own. */
export const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((candidate) => existsSync(candidate));

// Without the networking flags Chromium keeps dialling Google's services, which a closed network refuses.
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
