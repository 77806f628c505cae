import { afterEach, describe, expect, it } from "vitest";

// Zod decides whether to compile parsers with `new Function` when it builds its first object schema, and a page
// whose policy has no 'unsafe-eval' reports that probe. So this file imports no schema before the spy is set.
const realFunction = globalThis.Function;
afterEach(() => {
  globalThis.Function = realFunction;
});

function recordFunctionConstructions(): string[][] {
  const calls: string[][] = [];
  globalThis.Function = new Proxy(realFunction, {
    construct(target, args: string[]) {
      calls.push(args);
      return Reflect.construct(target, args);
    },
  });
  return calls;
}

describe("the zod entry point", () => {
  it("builds and runs the environment schema, imported first, without eval", async () => {
    const calls = recordFunctionConstructions();
    const { parseEnv } = await import("@/lib/env-schema");
    expect(() => parseEnv({})).toThrow(/DATABASE_URL/);
    expect(calls).toEqual([]);
  });

  it("offers Zod's functions by name, never the `z` namespace object that would carry all of them into a page", async () => {
    const entry: Record<string, unknown> = await import("./zod");
    expect(entry).not.toHaveProperty("z");
    expect(typeof entry.string).toBe("function");
  });
});
