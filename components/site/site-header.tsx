import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { ConsultationLink } from "@/components/consultation/consultation-link";
import { Link } from "@/lib/i18n/link";
import { LocaleSwitcher } from "./locale-switcher";
import styles from "./site-header.module.css";
import { SiteNav } from "./site-nav";
import text from "@/components/ui/text.module.css";
import layout from "@/components/ui/layout.module.css";

/** One short row on a phone (under a one-line demo notice), so the page's own headline is on the first screen. */
export function SiteHeader({ showDemoNotice }: { showDemoNotice: boolean }) {
  const t = useTranslations("Navigation");
  const tDemo = useTranslations("Demo");
  const tLocale = useTranslations("LocaleSwitcher");
  const locale = useLocale() as Locale;
  return (
    <header className={styles.header}>
      {showDemoNotice && (
        // The short line may be cut on a narrow screen; screen readers and the tooltip give the whole notice.
        <p className={styles.demoNotice} title={tDemo("banner")}>
          <span aria-hidden="true">{tDemo("notice")}</span>
          <span className={text.visuallyHidden}>{tDemo("banner")}</span>
        </p>
      )}
      <div className={`${layout.container} ${styles.bar}`}>
        <Link href="/" className={styles.brand} aria-label={t("home")}>
          Careport
        </Link>
        <SiteNav />
        <LocaleSwitcher current={locale} label={tLocale("label")} />
        <div className={styles.action}>
          <ConsultationLink variant="compact" />
        </div>
      </div>
    </header>
  );
}
