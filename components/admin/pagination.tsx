import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import styles from "./pagination.module.css";

/** Previous/next links for a server-paginated list; `href` builds the URL of a page. */
export async function Pagination({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  const t = await getTranslations("Admin");
  return (
    <nav className={styles.pagination} aria-label={t("leads.pagination")}>
      {page > 1 && <Link href={href(page - 1)}>{t("leads.previous")}</Link>}
      <span>{t("leads.pageOf", { page, pages })}</span>
      {page < pages && <Link href={href(page + 1)}>{t("leads.next")}</Link>}
    </nav>
  );
}
