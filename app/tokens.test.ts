import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { colourPairs } from "./tokens.contrast";

type Rgba = [number, number, number, number];

/** The custom properties a stylesheet declares, comments ignored; a later declaration wins, as in the cascade. */
function readTokens(css: string) {
  const tokens = new Map<string, string>();
  for (const [, name, value] of css.replace(/\/\*[\s\S]*?\*\//g, "").matchAll(/(--[\w-]+)\s*:\s*([^;}]+)/g)) {
    tokens.set(name!, value!.trim());
  }
  return tokens;
}

const darkBlock = /@media\s*(?:screen\s+and\s*)?\(\s*prefers-color-scheme\s*:\s*dark\s*\)\s*\{([^{}]*\{[^{}]*\}\s*)*\}/g;

/**
 * The tokens each colour scheme sees: light is what lies outside `@media screen and (prefers-color-scheme: dark)`, dark is light
 * with that block's overrides, as the cascade gives them (a token that refers to an overridden one follows it).
 */
function readSchemes(css: string) {
  const light = readTokens(css.replace(darkBlock, ""));
  const overrides = readTokens([...css.matchAll(darkBlock)].map(([block]) => block).join("\n"));
  return { light, dark: new Map([...light, ...overrides]), overrides };
}

/** A token's colour: hex (3, 4, 6 or 8 digits), rgb()/rgba() with commas or spaces, or var() of another token. */
function resolveColour(tokens: Map<string, string>, name: string, seen: string[] = []): Rgba {
  const value = tokens.get(name);
  if (value === undefined) throw new Error(`${name} is not declared in app/tokens.css`);
  if (seen.includes(name)) throw new Error(`${[...seen, name].join(" → ")} refers to itself`);
  const reference = /^var\(\s*(--[\w-]+)\s*\)$/.exec(value);
  if (reference) return resolveColour(tokens, reference[1]!, [...seen, name]);
  const hex = /^#([0-9a-f]{3,8})$/i.exec(value)?.[1];
  if (hex && [3, 4, 6, 8].includes(hex.length)) {
    const digits = hex.length <= 4 ? [...hex].map((digit) => digit + digit) : hex.match(/../g)!;
    const [r, g, b, a = 255] = digits.map((pair) => parseInt(pair, 16));
    return [r!, g!, b!, a / 255];
  }
  const rgb = /^rgba?\(([^)]*)\)$/i.exec(value)?.[1];
  if (rgb) {
    const parts = rgb.split(/[\s,/]+/).filter(Boolean);
    const number = (part: string, scale: number) => (part.endsWith("%") ? (parseFloat(part) / 100) * scale : parseFloat(part));
    const [r, g, b] = parts.slice(0, 3).map((part) => number(part, 255));
    const alpha = parts[3] === undefined ? 1 : number(parts[3], 1);
    if ([r, g, b, alpha].every((channel) => Number.isFinite(channel))) return [r!, g!, b!, alpha];
  }
  throw new Error(`${name}: ${value} is not a colour this test reads`);
}

const over = ([r, g, b, a]: Rgba, [br, bg, bb]: Rgba): Rgba => [r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a), 1];

function luminance([r, g, b]: Rgba) {
  const linear = (channel: number) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG's contrast ratio; a translucent colour is laid over what is beneath it (the background over white). */
function contrast(foreground: Rgba, background: Rgba) {
  const base = over(background, [255, 255, 255, 1]);
  const [lighter, darker] = [luminance(over(foreground, base)), luminance(base)].sort((a, b) => b - a);
  return (lighter! + 0.05) / (darker! + 0.05);
}

const { light, dark, overrides } = readSchemes(readFileSync(path.join(import.meta.dirname, "tokens.css"), "utf8"));
const minimum = { text: 4.5, "large text": 3, "non-text": 3 };
const schemes = [
  { scheme: "light", tokens: light },
  { scheme: "dark", tokens: dark },
];

describe("colour tokens", () => {
  it.each(schemes.flatMap(({ scheme, tokens }) => colourPairs.map((pair) => ({ scheme, tokens, ...pair }))))(
    "$scheme: $foreground on $background ($kind: $where)",
    ({ scheme, tokens, foreground, background, kind }) => {
      const ratio = contrast(resolveColour(tokens, foreground), resolveColour(tokens, background));
      const kept = scheme === "dark" ? [foreground, background].filter((name) => !overrides.has(name)) : [];
      const hint = kept.length ? ` (no dark override for ${kept.join(", ")}: the light value is used)` : "";
      expect(Math.floor(ratio * 100) / 100, `${scheme}: ${foreground} on ${background}${hint}`).toBeGreaterThanOrEqual(minimum[kind]);
    },
  );

  it("turns the page dark with light text when the visitor's system asks for dark", () => {
    const [page, text] = [luminance(resolveColour(dark, "--color-bg")), luminance(resolveColour(dark, "--color-text"))];
    expect(page, "luminance of --color-bg in the dark scheme").toBeLessThan(0.03);
    expect(text, "luminance of --color-text in the dark scheme").toBeGreaterThan(0.6);
  });

  it("overrides in the dark scheme only tokens the light scheme declares", () => {
    expect([...overrides.keys()].filter((name) => !light.has(name))).toEqual([]);
  });

  it("reads the colour notations the stylesheet may use", () => {
    const sample = readTokens(":root { --a: #fff; --b: rgb(0 0 0 / 50%); --c: rgba(255, 0, 0, 1); /* --d: nope; */ --e: var(--a) }");
    expect(resolveColour(sample, "--e")).toEqual([255, 255, 255, 1]);
    expect(resolveColour(sample, "--b")).toEqual([0, 0, 0, 0.5]);
    expect(contrast(resolveColour(sample, "--a"), [0, 0, 0, 1])).toBeCloseTo(21, 5);
    expect(contrast(resolveColour(sample, "--b"), resolveColour(sample, "--a"))).toBeCloseTo(3.98, 1);
    expect(() => resolveColour(sample, "--d")).toThrow("not declared");
  });

  it("reads the dark overrides apart from the light values, and a reference follows its override", () => {
    const sample = readSchemes(
      ":root { --a: #fff; --b: #000; --c: var(--a) }\n@media (prefers-color-scheme: dark) {\n  :root { --a: #111; }\n}\n.x { --d: #f00 }",
    );
    expect(resolveColour(sample.light, "--c")).toEqual([255, 255, 255, 1]);
    expect(resolveColour(sample.dark, "--c")).toEqual([17, 17, 17, 1]);
    expect(resolveColour(sample.dark, "--b")).toEqual([0, 0, 0, 1]);
    expect([...sample.overrides.keys()]).toEqual(["--a"]);
    expect(sample.light.has("--d")).toBe(true);
  });
});
