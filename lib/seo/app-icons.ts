import path from "node:path";
import sharp from "sharp";
import { brandColours } from "./brand-colours";

// The one drawing of the icon: Next.js serves it as the SVG favicon, and every PNG is rendered from it.
const iconSource = path.join(process.cwd(), "app", "icon.svg");
const sourceSize = 32; // its viewBox

/** The PNG icons the web manifest lists, under /icons/. A maskable icon keeps the cross inside the safe circle. */
export const manifestIcons = [
  { file: "icon-192.png", size: 192, purpose: "any" },
  { file: "icon-512.png", size: 512, purpose: "any" },
  { file: "maskable-512.png", size: 512, purpose: "maskable" },
] as const;

export const appleIconSize = 180;

/**
 * The icon as a PNG of `size` pixels. `fullBleed` fills the rounded corners with the brand colour, for a platform
 * that cuts its own shape (maskable icons, Apple's touch icon): the cross reaches 0.34 of the size from the centre,
 * inside the 0.4 circle a mask keeps.
 */
export function renderAppIcon(size: number, options: { fullBleed?: boolean } = {}) {
  const image = sharp(iconSource, { density: (72 * size) / sourceSize }).resize(size, size);
  return (options.fullBleed ? image.flatten({ background: brandColours.brand }) : image).png().toBuffer();
}

export const pngResponse = (png: Buffer) => new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
