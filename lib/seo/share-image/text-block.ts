import sharp from "sharp";
import { allFontFaces, type FontFace } from "./fonts";

export interface TextBlock {
  data: Buffer;
  width: number;
  height: number;
}

export interface TextOptions {
  text: string;
  face: FontFace;
  /** In pixels; shrunk step by step down to minSize, then the text is cut at a word with "…", until it fits maxHeight. */
  size: number;
  minSize?: number;
  maxHeight?: number;
  width: number;
  colour: string;
  direction: "ltr" | "rtl";
}

// Pango gives a paragraph the direction of its first strong character, and then reads "left" alignment as its start.
// The mark makes an Arabic title that begins with a Latin word ("Y-90 …") still run and align right to left.
const directionMark = { ltr: "\u200e", rtl: "\u200f" };
const escapeMarkup = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

async function render(options: TextOptions, text: string, size: number): Promise<TextBlock> {
  const { face, width, colour, direction } = options;
  const { data, info } = await sharp({
    text: {
      text: `<span foreground="${colour}" line_height="${face.lineHeight}">${directionMark[direction]}${escapeMarkup(text)}</span>`,
      font: `${face.families} ${face.weight} ${size}`,
      fontfile: face.file,
      width,
      dpi: 72, // a point is then a pixel
      align: "left",
      wrap: "word-char",
      rgba: true,
    },
  })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

let fontsAdded: Promise<unknown> | undefined;
// libvips adds a font file to fontconfig when a text first names it, and a family list falls back only on families
// already added: adding every face once lets an Arabic title borrow a glyph from Noto Sans.
function addFonts() {
  fontsAdded ??= Promise.all(
    allFontFaces.map((face) => render({ text: "", face, size: 8, width: 8, colour: "#000000", direction: "ltr" }, "a", 8)),
  );
  return fontsAdded;
}

/** Renders text to an RGBA bitmap as wide as its longest line, shaped (HarfBuzz) and ordered (FriBidi) by Pango. */
export async function renderText(options: TextOptions): Promise<TextBlock> {
  await addFonts();
  const { size, minSize = size, maxHeight = Infinity } = options;
  let text = options.text.trim();
  for (let current = size; ; current = Math.max(minSize, current - 4)) {
    const block = await render(options, text, current);
    if (block.height <= maxHeight) return block;
    if (current === minSize) {
      const words = text.replace(/…$/, "").split(/\s+/);
      if (words.length <= 1) return block;
      // Keep about the share of words that fits, then one fewer each time.
      const keep = Math.max(1, Math.min(words.length - 1, Math.floor((words.length * maxHeight) / block.height)));
      text = `${words.slice(0, keep).join(" ").replace(/[\s,;:.—–-]+$/u, "")}…`;
    }
  }
}
