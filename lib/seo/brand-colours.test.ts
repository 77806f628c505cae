import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { brandColours } from "./brand-colours";

const tokenOf: Record<keyof typeof brandColours, string> = {
  brand: "--color-brand",
  brandDark: "--color-brand-dark",
  onBrand: "--color-on-brand",
  tint: "--color-tint",
  background: "--color-bg",
};

/** The first :root block of app/tokens.css: the light scheme, before any media query redefines it. */
function lightTokens() {
  const css = readFileSync(path.join(import.meta.dirname, "../../app/tokens.css"), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
  const block = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? "";
  return new Map([...block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map(([, name, value]) => [name!, value!.trim().toLowerCase()]));
}

describe("brand colours", () => {
  it("are the colours of app/tokens.css, so share images and the manifest match the site", () => {
    const tokens = lightTokens();
    for (const [name, token] of Object.entries(tokenOf)) {
      expect(brandColours[name as keyof typeof brandColours], token).toBe(tokens.get(token));
    }
  });
});
