import NextLink from "next/link";
import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";

type Href = string | { pathname: string; query?: Record<string, string | undefined> };

function localized(href: Href, locale: string) {
  const prefix = (pathname: string) => `/${locale}${pathname === "/" ? "" : pathname}`;
  return typeof href === "string" ? prefix(href) : { pathname: prefix(href.pathname), query: href.query };
}

/**
 * A link to a page of the site in the language of the page it is on, resolved on the server. A plain next/link:
 * next-intl's own Link is a client component that brings its runtime, message formatter included, to every page.
 */
export async function Link({ href, ...props }: Omit<ComponentProps<typeof NextLink>, "href"> & { href: Href }) {
  return <NextLink href={localized(href, await getLocale())} {...props} />;
}
