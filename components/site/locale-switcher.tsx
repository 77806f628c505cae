"use client";

import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { locales } from "@/lib/i18n/locales";
import { Link, usePathname } from "@/lib/i18n/navigation";

function nativeName(locale: string) {
  const name = new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

function LocaleLinks({ query }: { query?: Record<string, string> }) {
  const current = useLocale();
  const pathname = usePathname();
  return locales.map((locale) => (
    <li key={locale}>
      <Link
        href={{ pathname, query }}
        locale={locale}
        lang={locale}
        hrefLang={locale}
        aria-current={locale === current ? "true" : undefined}
      >
        {nativeName(locale)}
      </Link>
    </li>
  ));
}

function LocaleLinksKeepingQuery() {
  const searchParams = useSearchParams();
  return <LocaleLinks query={Object.fromEntries(searchParams.entries())} />;
}

/** Plain links, so switching works before (and without) JavaScript and keeps the visitor on the same page. */
export function LocaleSwitcher({ label }: { label: string }) {
  return (
    <nav aria-label={label} className="locale-switcher">
      <ul>
        <Suspense fallback={<LocaleLinks />}>
          <LocaleLinksKeepingQuery />
        </Suspense>
      </ul>
    </nav>
  );
}
