import { useTranslations } from "next-intl";
import { textDirection, type Locale } from "@/lib/i18n/locales";
import { noticeClassName } from "@/components/ui/notice";

/**
 * The attributes of text shown in English because its translation is not made yet, so browsers, search engines and
 * screen readers read it as English (and left to right on an Arabic page); none when the text is in the page's locale.
 */
export function textLanguage(textLocale: Locale | undefined, pageLocale: string) {
  return textLocale && textLocale !== pageLocale ? { lang: textLocale, dir: textDirection(textLocale) } : {};
}

/** Tells the visitor, in their language, why part of the page is in English. */
export function UntranslatedNote() {
  const t = useTranslations("Untranslated");
  return <p className={noticeClassName("info")}>{t("note")}</p>;
}
