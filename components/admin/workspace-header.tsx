import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { LocaleSwitcher } from "@/components/site/locale-switcher";
import { Link } from "@/lib/i18n/link";
import styles from "./workspace-header.module.css";
import layout from "@/components/ui/layout.module.css";

export function WorkspaceHeader() {
  const t = useTranslations("Admin.header");
  const tLocale = useTranslations("LocaleSwitcher");
  const locale = useLocale() as Locale;
  return (
    <header className={styles.header}>
      <div className={`${layout.container} ${styles.bar}`}>
        <Link href="/admin" className={styles.brand}>
          Careport <span className={styles.name}>{t("workspace")}</span>
        </Link>
        <LocaleSwitcher current={locale} label={tLocale("label")} />
        <Link href="/" className={styles.site}>
          {t("publicSite")}
        </Link>
      </div>
    </header>
  );
}
