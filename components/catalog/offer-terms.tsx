import { useFormatter, useTranslations } from "next-intl";
import styles from "./offer-terms.module.css";
import text from "@/components/ui/text.module.css";

/** What a clinic's price covers, what it leaves out, and when we last checked it. */
export function OfferTerms({
  includes,
  excludes,
  checkedOn,
  priceSource,
}: {
  includes: string;
  excludes: string;
  checkedOn: Date | null;
  priceSource?: { publisher: string } | null;
}) {
  const t = useTranslations("Prices");
  const format = useFormatter();
  return (
    <div className={styles.terms}>
      <dl>
        <div>
          <dt>{t("includes")}</dt>
          <dd>{includes}</dd>
        </div>
        <div>
          <dt>{t("excludes")}</dt>
          <dd>{excludes}</dd>
        </div>
      </dl>
      {checkedOn && (
        <p className={text.hint}>
          {t("checkedOn", { date: format.dateTime(checkedOn, { dateStyle: "medium", timeZone: "UTC" }) })}
          {priceSource && <> · {t("source", { source: priceSource.publisher })}</>}
        </p>
      )}
    </div>
  );
}
