import sharp, { type OverlayOptions } from "sharp";
import { textDirection, type Locale } from "@/lib/i18n/locales";
import { renderAppIcon } from "../app-icons";
import { brandColours } from "../brand-colours";
import { brandFont, fontsFor } from "./fonts";
import { shareImageSize } from "./share-image-size";
import { renderText, type TextBlock } from "./text-block";

export interface ShareCard {
  locale: Locale;
  /** A short line above the title: the condition a treatment is for, a clinic's city. */
  kicker?: string;
  title: string;
  /** A line or two under the title. */
  summary?: string;
}

const { width, height } = shareImageSize;
const margin = 72;
const textWidth = width - 2 * margin;
const band = { height: 132, markSize: 64 };

/** A 1200×630 PNG: kicker, title and summary on the brand colour, and the brand in a band at the bottom. */
export async function renderShareCard(card: ShareCard): Promise<Buffer> {
  const direction = textDirection(card.locale);
  const fonts = fontsFor(card.locale);
  const line = { width: textWidth, direction, colour: brandColours.onBrand } as const;
  const [kicker, title, summary, brand, mark] = await Promise.all([
    card.kicker ? renderText({ ...line, text: card.kicker, face: fonts.regular, size: 34, minSize: 28, maxHeight: 60, colour: brandColours.tint }) : undefined,
    renderText({ ...line, text: card.title, face: fonts.bold, size: 68, minSize: 44, maxHeight: 250 }),
    card.summary ? renderText({ ...line, text: card.summary, face: fonts.regular, size: 30, minSize: 26, maxHeight: 84, colour: brandColours.tint }) : undefined,
    renderText({ ...line, text: "Careport", face: brandFont, size: 44, direction: "ltr" }),
    renderAppIcon(band.markSize),
  ]);

  // Blocks are placed from the start edge: the left in English, the right in Arabic.
  const atStart = (block: { width: number }, inset = margin) => (direction === "rtl" ? width - inset - block.width : inset);
  const layers: OverlayOptions[] = [];
  const place = (block: TextBlock, top: number, left = atStart(block)) =>
    layers.push({ input: block.data, raw: { width: block.width, height: block.height, channels: 4 }, top, left });

  let top = margin - 8;
  for (const block of [kicker, title, summary]) {
    if (!block) continue;
    place(block, top);
    top += block.height + 24;
  }
  const bandTop = height - band.height;
  const markTop = bandTop + (band.height - band.markSize) / 2;
  layers.push({ input: mark, top: markTop, left: atStart({ width: band.markSize }) });
  place(brand, bandTop + Math.round((band.height - brand.height) / 2), atStart(brand, margin + band.markSize + 20));

  return sharp({ create: { width, height, channels: 3, background: brandColours.brand } })
    .composite([{ input: bandImage(), top: bandTop, left: 0 }, ...layers])
    .png()
    .toBuffer();
}

const bandImage = () =>
  Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${band.height}"><rect width="100%" height="100%" fill="${brandColours.brandDark}"/></svg>`);
