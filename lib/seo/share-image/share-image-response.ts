import { isLocale, locales, type Locale } from "@/lib/i18n/locales";
import { pngResponse } from "../app-icons";
import { renderShareCard, type ShareCard } from "./share-card";

type CardText = Omit<ShareCard, "locale">;

/**
 * The answer of a page's share-image route: its card rendered in the [locale] segment's language, or 404 for a locale
 * or a page (cardOf gives undefined) that does not exist.
 */
export async function shareImageResponse(locale: string, cardOf: (locale: Locale) => Promise<CardText | undefined>) {
  const card = isLocale(locale) ? await cardOf(locale) : undefined;
  if (!isLocale(locale) || !card) return new Response("Not found", { status: 404 });
  return pngResponse(await renderShareCard({ locale, ...card }));
}

/** generateStaticParams of a share-image route: a route handler is given no parent's params, so it lists locales too. */
export function inEveryLocale<Params extends object>(params: Params[] = [{} as Params]) {
  return locales.flatMap((locale) => params.map((each) => ({ ...each, locale })));
}
