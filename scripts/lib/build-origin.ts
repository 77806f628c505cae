import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const recordName = "careport-build.json";

/** Written by `next build` (next.config.ts): the APP_URL that pre-rendered pages, the sitemap and robots.txt carry. */
export function recordBuildOrigin(distDir: string, appUrl: string) {
  writeFileSync(path.join(distDir, recordName), `${JSON.stringify({ appUrl })}\n`);
}

/**
 * Why the production server must not start with this build, or null. Statically generated pages keep the origin
 * they were built with (canonical and hreflang links, sitemap, robots.txt), so another APP_URL would be announced
 * by some pages and not by others: rebuild instead.
 */
export function buildOriginProblem(distDir: string, appUrl: string): string | null {
  const file = path.join(distDir, recordName);
  if (!existsSync(file)) return `No production build in ${distDir}: run \`npm run build\` first.`;
  const built = (JSON.parse(readFileSync(file, "utf8")) as { appUrl?: string }).appUrl;
  if (built === appUrl) return null;
  return (
    `APP_URL is ${appUrl}, but this build was made with APP_URL=${built}: its pre-rendered pages, sitemap and ` +
    `robots.txt link to ${built}. Run \`npm run build\` again with APP_URL=${appUrl}, or start with APP_URL=${built}.`
  );
}
