import { useFormatter, useTranslations } from "next-intl";
import type { Reviewer } from "@/lib/catalog/reviewer";
import styles from "./page-notices.module.css";
import { noticeClassName } from "@/components/ui/notice";
import tag from "@/components/ui/tag.module.css";

/** Every catalog page ends with who reviewed it and when, and why it is not medical advice. */
export function PageNotices({ reviewedOn, reviewer }: { reviewedOn: Date | null; reviewer?: Reviewer | null }) {
  const t = useTranslations("Notices");
  const format = useFormatter();
  const date = reviewedOn && format.dateTime(reviewedOn, { dateStyle: "long", timeZone: "UTC" });
  return (
    <section className={noticeClassName()} aria-labelledby="not-advice">
      {date && (
        <p className={styles.reviewed}>
          {reviewer
            ? t("reviewedBy", { name: reviewer.name, qualification: reviewer.qualification, date })
            : t("reviewedOn", { date })}
        </p>
      )}
      {date && reviewer?.isFictionalSample && (
        <p className={styles.sample}>
          <span className={tag.tag}>{t("sampleReviewer")}</span> {t("sampleReviewerNote")}
        </p>
      )}
      <h2 id="not-advice">{t("notAdviceTitle")}</h2>
      <p>{t("notAdviceBody")}</p>
    </section>
  );
}
