import type { Metadata } from "next";
import { env } from "@/lib/env";
import { defaultLocale, locales, type Locale } from "@/lib/i18n/locales";

export function localizedUrl(locale: Locale, path: string) {
  return `${env.APP_URL}/${locale}${path}`;
}

/** Title, description, canonical URL, hreflang alternates and Open Graph tags for a page that exists in every locale. */
export function pageMetadata(options: { locale: Locale; path: string; title: string; description: string }): Metadata {
  const { locale, path, title, description } = options;
  const languages = Object.fromEntries(locales.map((each) => [each, localizedUrl(each, path)]));
  return {
    title,
    description,
    alternates: {
      canonical: localizedUrl(locale, path),
      languages: { ...languages, "x-default": localizedUrl(defaultLocale, path) },
    },
    openGraph: { title, description, url: localizedUrl(locale, path), locale, type: "website", siteName: "Careport" },
  };
}
