import { describe, expect, it } from "vitest";
import { fontsFor } from "./fonts";
import { renderText, type TextBlock } from "./text-block";

const arabicTitle = "Y-90 العلاج الإشعاعي الانتقائي الداخلي لنقائل الكبد مع استشارة مجانية";

/** The leftmost and rightmost inked columns of the block's last line of text. */
function lastLineInk(block: TextBlock, lineHeight: number) {
  const inked = (x: number, y: number) => block.data[(y * block.width + x) * 4 + 3]! > 0;
  let bottom = block.height - 1;
  while (bottom > 0 && ![...Array(block.width).keys()].some((x) => inked(x, bottom))) bottom -= 1;
  let left = block.width;
  let right = -1;
  for (let y = Math.max(0, bottom - lineHeight); y <= bottom; y += 1) {
    for (let x = 0; x < block.width; x += 1) {
      if (!inked(x, y)) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
    }
  }
  return { left, right };
}

const render = (direction: "ltr" | "rtl", text = arabicTitle) =>
  renderText({ text, face: fontsFor("ar").bold, size: 40, width: 700, colour: "#ffffff", direction });

describe("share image text", () => {
  it("runs an Arabic title right to left, even one that begins with a Latin word, and aligns its lines right", async () => {
    const rtl = await render("rtl");
    expect(rtl.width).toBeGreaterThan(0);
    expect(rtl.height).toBeGreaterThan(80); // it wrapped onto a second line
    const line = lastLineInk(rtl, 40);
    expect(line.right).toBeGreaterThan(rtl.width - 10);
    expect(line.left).toBeGreaterThan(100);

    const ltr = await render("ltr");
    expect(lastLineInk(ltr, 40).left).toBeLessThan(10);
    expect(Buffer.compare(rtl.data, ltr.data)).not.toBe(0);
  });

  it("shrinks a long text, then cuts it at a word, until it fits its height", async () => {
    const text = Array(60).fill("Радиоэмболизация печени").join(" ");
    const block = await renderText({ text, face: fontsFor("ru").regular, size: 30, minSize: 26, maxHeight: 84, width: 1056, colour: "#ffffff", direction: "ltr" });
    expect(block.height).toBeLessThanOrEqual(84);
    expect(block.width).toBeGreaterThan(500);
  });
});
