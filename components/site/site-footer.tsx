import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/link";
import type { Operator } from "@/lib/validation/settings";
import { OperatorContacts } from "./operator-contacts";
import styles from "./site-footer.module.css";
import layout from "@/components/ui/layout.module.css";
import { noticeClassName } from "@/components/ui/notice";

/** Without an operator (production before an admin sets one) the footer says nothing rather than something invented. */
export function SiteFooter({ operator }: { operator: Operator | null }) {
  const t = useTranslations("Footer");
  const tNotices = useTranslations("Notices");
  const tOperator = useTranslations("Operator");
  return (
    <footer className={styles.footer}>
      <div className={layout.container}>
        <section aria-labelledby="footer-emergency" className={noticeClassName("emergency")}>
          <h2 id="footer-emergency">{tNotices("emergencyTitle")}</h2>
          <p>{tNotices("emergencyBody")}</p>
        </section>
        {operator && (
          <section aria-labelledby="footer-operator" className={styles.operator}>
            <h2 id="footer-operator">{tOperator("title")}</h2>
            <address className={styles.address}>
              <p>
                <strong>
                  <bdi>{operator.name}</bdi>
                </strong>
              </p>
              <p>
                <bdi>{operator.legalEntity}</bdi>
              </p>
              <p>
                <bdi>{operator.address}</bdi>
              </p>
              <OperatorContacts operator={operator} />
            </address>
          </section>
        )}
        <p>{t("about")}</p>
        <p>{t("sources")}</p>
        <p>{t("openSource")}</p>
        <p>
          <Link href="/privacy" className={styles.link}>
            {t("privacy")}
          </Link>
        </p>
      </div>
    </footer>
  );
}
