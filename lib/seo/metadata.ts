import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { defaultLocale, locales, type Locale } from "@/lib/i18n/locales";
import { shareImageSize, shareImageType } from "./share-image/share-image-size";

export function localizedUrl(locale: Locale, path: string) {
  return `${env.APP_URL}/${locale}${path}`;
}

/**
 * Title, description, canonical URL, hreflang alternates, and Open Graph and X (Twitter) tags with the share image
 * (`<path>/share.png`, a route beside the page) for a page that exists in every locale.
 */
export function pageMetadata(options: { locale: Locale; path: string; title: string; description: string }): Metadata {
  const { locale, path, title, description } = options;
  const languages = Object.fromEntries(locales.map((each) => [each, localizedUrl(each, path)]));
  const image = { url: localizedUrl(locale, `${path}/share.png`), ...shareImageSize, type: shareImageType, alt: title };
  return {
    title,
    description,
    alternates: {
      canonical: localizedUrl(locale, path),
      languages: { ...languages, "x-default": localizedUrl(defaultLocale, path) },
    },
    openGraph: { title, description, url: localizedUrl(locale, path), locale, type: "website", siteName: "Careport", images: [image] },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}

/**
 * The title of a page that is not there. A page that calls notFound() returns it from its own metadata: the browser
 * ends up with that page's metadata once hydrated, and without a title of its own it would read as the home page.
 */
export async function notFoundMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "NotFound" });
  return { title: t("title") };
}
