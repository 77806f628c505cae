import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import type { PriceConfirmation } from "@/lib/catalog/offers";
import styles from "./offer-terms.module.css";
import { noticeClassName } from "@/components/ui/notice";
import text from "@/components/ui/text.module.css";
import { textLanguage } from "./untranslated";

/**
 * What a clinic's price covers, what it leaves out, and when it was last confirmed: quietly while the price is fresh,
 * as a notice asking for a current quote once it is stale.
 */
export function OfferTerms({
  includes,
  excludes,
  textLocale,
  priceConfirmed,
  priceSource,
}: {
  includes: string;
  excludes: string;
  /** The locale includes and excludes are in: English where they are not translated yet. */
  textLocale: Locale;
  priceConfirmed: PriceConfirmation;
  priceSource?: { publisher: string } | null;
}) {
  const t = useTranslations("Prices");
  const source = priceSource && t("source", { source: priceSource.publisher });
  const inTextLanguage = textLanguage(textLocale, useLocale());
  return (
    <div className={styles.terms}>
      <dl>
        <div>
          <dt>{t("includes")}</dt>
          <dd {...inTextLanguage}>{includes}</dd>
        </div>
        <div>
          <dt>{t("excludes")}</dt>
          <dd {...inTextLanguage}>{excludes}</dd>
        </div>
      </dl>
      {priceConfirmed && <PriceConfirmed {...priceConfirmed} source={source} />}
    </div>
  );
}

function PriceConfirmed({ on, stale, source }: NonNullable<PriceConfirmation> & { source: string | null | undefined }) {
  const t = useTranslations("Prices");
  const format = useFormatter();
  const date = format.dateTime(on, { dateStyle: "long", timeZone: "UTC" });
  if (!stale) {
    return (
      <p className={text.hint}>
        {t("priceConfirmedOn", { date })}
        {source && <> · {source}</>}
      </p>
    );
  }
  return (
    <>
      <p className={`${noticeClassName("info")} ${styles.stale}`}>{t("priceConfirmedOnStale", { date })}</p>
      {source && <p className={text.hint}>{source}</p>}
    </>
  );
}
