import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/link";
import styles from "./breadcrumbs.module.css";

export function Breadcrumbs({ items }: { items: { href?: string; label: string }[] }) {
  const t = useTranslations("Navigation");
  return (
    <nav aria-label={t("breadcrumb")} className={styles.breadcrumbs}>
      <ol>
        {items.map((item) => (
          <li key={item.label}>
            {item.href ? <Link href={item.href}>{item.label}</Link> : <span aria-current="page">{item.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
