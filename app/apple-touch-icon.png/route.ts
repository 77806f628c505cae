import { appleIconSize, pngResponse, renderAppIcon } from "@/lib/seo/app-icons";

export const dynamic = "force-static";

// At the path iOS asks for when a page names no icon (Next's apple-icon convention has no extension, so the i18n proxy
// would redirect it). iOS rounds the corners itself and shows black where an icon is transparent: full bleed.
export async function GET() {
  return pngResponse(await renderAppIcon(appleIconSize, { fullBleed: true }));
}
