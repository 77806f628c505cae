import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { brandColours, darkBackground } from "./brand-colours";

const tokenOf: Record<keyof typeof brandColours, string> = {
  brand: "--color-brand",
  brandDark: "--color-brand-dark",
  onBrand: "--color-on-brand",
  tint: "--color-tint",
  background: "--color-bg",
};

/** The custom properties of app/tokens.css's :root blocks: the first is the light scheme, the second the dark one. */
function tokens(scheme: "light" | "dark") {
  const css = readFileSync(path.join(import.meta.dirname, "../../app/tokens.css"), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
  const block = [...css.matchAll(/:root\s*\{([^}]*)\}/g)][scheme === "light" ? 0 : 1]?.[1] ?? "";
  return new Map([...block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map(([, name, value]) => [name!, value!.trim().toLowerCase()]));
}

describe("brand colours", () => {
  it("are the colours of app/tokens.css, so share images and the manifest match the site", () => {
    const light = tokens("light");
    for (const [name, token] of Object.entries(tokenOf)) {
      expect(brandColours[name as keyof typeof brandColours], token).toBe(light.get(token));
    }
  });

  it("give the browser's bar the page background of each scheme", () => {
    expect(darkBackground).toBe(tokens("dark").get("--color-bg"));
  });
});
