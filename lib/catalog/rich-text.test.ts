import { describe, expect, it } from "vitest";
import { parseRichText } from "./rich-text";

describe("parseRichText", () => {
  it("splits paragraphs, bullet lists and numbered steps", () => {
    const text = "First paragraph\ncontinues here.\n\n- one\n- two\n\n1. scan\n2. treat\n\nLast.";
    expect(parseRichText(text)).toEqual([
      { kind: "paragraph", text: "First paragraph continues here." },
      { kind: "bullets", items: ["one", "two"] },
      { kind: "steps", items: ["scan", "treat"] },
      { kind: "paragraph", text: "Last." },
    ]);
  });

  it("keeps a block with mixed lines as a paragraph", () => {
    expect(parseRichText("- one\nnot a bullet")).toEqual([{ kind: "paragraph", text: "- one not a bullet" }]);
  });
});
