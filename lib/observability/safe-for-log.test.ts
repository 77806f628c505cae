import { describe, expect, it } from "vitest";
import { safeForLog } from "./safe-for-log";

describe("safeForLog", () => {
  it("replaces control characters, which PostgreSQL or a log reader would choke on, and bounds the length", () => {
    expect(safeForLog("abc\u0000def\r\nx\u2028")).toBe("abc\uFFFDdef\uFFFD\uFFFDx\uFFFD");
    expect(safeForLog("x".repeat(300), 10)).toBe(`${"x".repeat(10)}…`);
    expect(safeForLog("Привіт")).toBe("Привіт");
  });
});
