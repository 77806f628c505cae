import { useFormatter, useTranslations } from "next-intl";

/** Every catalog page ends with when it was reviewed and why it is not medical advice. */
export function PageNotices({ reviewedOn }: { reviewedOn: Date | null }) {
  const t = useTranslations("Notices");
  const format = useFormatter();
  return (
    <section className="notice" aria-labelledby="not-advice">
      {reviewedOn && (
        <p className="reviewed-on">
          {t("reviewedOn", { date: format.dateTime(reviewedOn, { dateStyle: "long", timeZone: "UTC" }) })}
        </p>
      )}
      <h2 id="not-advice">{t("notAdviceTitle")}</h2>
      <p>{t("notAdviceBody")}</p>
    </section>
  );
}
