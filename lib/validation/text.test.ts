import { describe, expect, it } from "vitest";
import { freeText, requiredLine, requiredText, singleLine } from "./text";

const issues = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((issue) => issue.message);

describe("text policy", () => {
  it("refuses every control character on a single line, newlines and tabs included", () => {
    for (const control of ["\u0000", "\u0007", "\n", "\t", "\r", "\u001b", "\u007f", "\u0085", "\u2028"]) {
      expect(issues(requiredLine(50).safeParse(`Olena${control}Kovalenko`)), JSON.stringify(control)).toEqual(["invalidCharacters"]);
    }
    expect(requiredLine(50).parse("  Olena Kovalenko \n")).toBe("Olena Kovalenko");
  });

  it("keeps newlines and tabs in free text, turns CR LF into LF and drops other control characters", () => {
    expect(freeText(100).parse("line one\r\nline\u0000 two\rthree\tend\u0007")).toBe("line one\nline two\nthree\tend");
  });

  it("normalises to NFC, so the same letters typed two ways are stored the same", () => {
    const decomposed = "Zoe\u0301 Ku\u0308hn";
    expect(requiredLine(50).parse(decomposed)).toBe("Zoé Kühn");
    expect(requiredText(50).parse(decomposed)).toBe("Zoé Kühn");
  });

  it("counts text made only of spaces and zero-width characters as empty", () => {
    expect(issues(requiredText(100).safeParse("\u200b\u200c \u200d\ufeff\n\u2060"))).toEqual(["required"]);
    expect(issues(requiredLine(100).safeParse("\u200b\u200b"))).toEqual(["required"]);
    expect(issues(requiredLine(100).safeParse(""))).toEqual(["required"]);
    expect(singleLine(100).parse("")).toBe("");
  });

  it("keeps other scripts, emoji and the zero-width joiner inside a word", () => {
    expect(requiredText(100).parse("مرحبا 👨‍👩‍👧 Привіт")).toBe("مرحبا 👨‍👩‍👧 Привіт");
  });

  it("refuses half a surrogate pair on a single line and replaces it in free text", () => {
    expect(issues(requiredLine(50).safeParse("Olena \ud800"))).toEqual(["invalidCharacters"]);
    expect(freeText(50).parse("a\udc00b")).toBe("a\ufffdb");
  });

  it("measures the length after normalisation and refuses what is too long", () => {
    expect(issues(requiredLine(5).safeParse("abcdef"))).toEqual(["tooLong"]);
  });
});
