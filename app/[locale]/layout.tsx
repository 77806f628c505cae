import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ErrorMessagesProvider } from "@/components/site/error-messages";
import { env } from "@/lib/env";
import { textDirection } from "@/lib/i18n/locales";
import { routing } from "@/lib/i18n/routing";
import { brandColours, darkBackground } from "@/lib/seo/brand-colours";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : "en", namespace: "Metadata" });
  return {
    metadataBase: new URL(env.APP_URL),
    title: { default: t("homeTitle"), template: t("titleTemplate") },
    description: t("homeDescription"),
    applicationName: t("siteName"),
    openGraph: { siteName: t("siteName"), type: "website" },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: brandColours.background },
    { media: "(prefers-color-scheme: dark)", color: darkBackground },
  ],
};

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("Navigation");
  const tError = await getTranslations("Error");

  return (
    <html lang={locale} dir={textDirection(locale)}>
      <body>
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        <ErrorMessagesProvider messages={{ title: tError("title"), body: tError("body"), retry: tError("retry") }}>
          {children as ReactNode}
        </ErrorMessagesProvider>
      </body>
    </html>
  );
}
