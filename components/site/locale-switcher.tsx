"use client";

import { useLocale } from "next-intl";
import { useEffect, useState } from "react";
import { locales } from "@/lib/i18n/locales";
import { Link, usePathname } from "@/lib/i18n/navigation";

function nativeName(locale: string) {
  const name = new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/**
 * Plain links, so switching works before (and without) JavaScript and keeps the visitor on the same page. The query
 * string (e.g. the consultation context) is added once mounted, by updating the same links: static pages are
 * rendered without it, and replacing the links after hydration could swallow a click.
 */
export function LocaleSwitcher({ label }: { label: string }) {
  const current = useLocale();
  const pathname = usePathname();
  const [query, setQuery] = useState<Record<string, string>>();
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- static pages are rendered without the query; the browser adds it once mounted
    setQuery(Object.fromEntries(new URLSearchParams(window.location.search)));
  }, [pathname]);
  return (
    <nav aria-label={label} className="locale-switcher">
      <ul>
        {locales.map((locale) => (
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
        ))}
      </ul>
    </nav>
  );
}
