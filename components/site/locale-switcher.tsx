"use client";

import { useEffect, useState } from "react";
import { usePathname } from "next/navigation";
import { locales, type Locale } from "@/lib/i18n/locales";
import styles from "./locale-switcher.module.css";
import { MenuButton } from "./menu-button";
import { MenuPopover } from "./menu-popover";
import menu from "./menu.module.css";
import text from "@/components/ui/text.module.css";

function nativeName(locale: string) {
  const name = new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** The same page in another language: the path after the locale segment, under the other locale. */
function inLocale(pathname: string, current: Locale, locale: Locale, query: string) {
  const rest = pathname.replace(new RegExp(`^/${current}(?=/|$)`), "");
  return `/${locale}${rest}${query}`;
}

/**
 * A button naming the current language opens plain links, so switching works before (and without) JavaScript and
 * keeps the visitor on the same page. Each is a full page load, on which the proxy stores the choice in the language
 * cookie. The query string (e.g. the consultation context) is added once mounted, by updating the same links: static
 * pages are rendered without it, and replacing the links after hydration could swallow a click.
 */
export function LocaleSwitcher({ current, label }: { current: Locale; label: string }) {
  const pathname = usePathname();
  const [query, setQuery] = useState("");
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- static pages are rendered without the query; the browser adds it once mounted
    setQuery(window.location.search);
  }, [pathname]);
  return (
    <div>
      <MenuButton target="language-menu" className={styles.button}>
        <span className={text.visuallyHidden}>{label}: </span>
        {nativeName(current)}
      </MenuButton>
      <MenuPopover id="language-menu" className={styles.menu}>
        <nav aria-label={label}>
          <ul className={menu.list}>
            {locales.map((locale) => (
              <li key={locale}>
                <a
                  href={inLocale(pathname, current, locale, query)}
                  lang={locale}
                  hrefLang={locale}
                  aria-current={locale === current ? "true" : undefined}
                  className={`${menu.link} ${styles.link}`}
                >
                  {nativeName(locale)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </MenuPopover>
    </div>
  );
}
