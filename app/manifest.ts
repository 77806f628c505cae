import type { MetadataRoute } from "next";
import { getTranslations } from "next-intl/server";
import { defaultLocale } from "@/lib/i18n/locales";
import { manifestIcons } from "@/lib/seo/app-icons";
import { brandColours } from "@/lib/seo/brand-colours";

export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const t = await getTranslations({ locale: defaultLocale, namespace: "Metadata" });
  return {
    name: t("siteName"),
    short_name: t("siteName"),
    description: t("homeDescription"),
    // The proxy sends / on to the visitor's language.
    start_url: "/",
    display: "standalone",
    theme_color: brandColours.brand,
    background_color: brandColours.background,
    icons: manifestIcons.map(({ file, size, purpose }) => ({ src: `/icons/${file}`, sizes: `${size}x${size}`, type: "image/png", purpose })),
  };
}
