import { useTranslations } from "next-intl";
import { LocaleSwitcher } from "@/components/site/locale-switcher";
import { Link } from "@/lib/i18n/navigation";
import styles from "./workspace-header.module.css";
import layout from "@/components/ui/layout.module.css";

export function WorkspaceHeader() {
  const t = useTranslations("Admin.header");
  const tLocale = useTranslations("LocaleSwitcher");
  return (
    <header className={styles.header}>
      <div className={`${layout.container} ${styles.bar}`}>
        <Link href="/admin" className={styles.brand}>
          Careport <span className={styles.name}>{t("workspace")}</span>
        </Link>
        <LocaleSwitcher label={tLocale("label")} />
        <Link href="/" className={styles.site}>
          {t("publicSite")}
        </Link>
      </div>
    </header>
  );
}
