import { useTranslations } from "next-intl";
import { ConsultationLink } from "@/components/consultation/consultation-link";
import { Link } from "@/lib/i18n/link";
import { MenuButton } from "./menu-button";
import { MenuPopover } from "./menu-popover";
import menu from "./menu.module.css";
import styles from "./site-nav.module.css";

const pages = [
  { href: "/conditions/liver-metastases", label: "condition" },
  { href: "/treatments", label: "treatments" },
  { href: "/clinics", label: "clinics" },
  { href: "/doctors", label: "doctors" },
] as const;

/** The main menu: inline on wide screens, behind a menu button on smaller ones (with the consultation action on phones). */
export function SiteNav() {
  const t = useTranslations("Navigation");
  return (
    <>
      <MenuButton target="site-menu" className={styles.menuButton}>
        <span aria-hidden="true" className={styles.menuIcon} />
        {t("menu")}
      </MenuButton>
      <MenuPopover id="site-menu" className={styles.panel}>
        <nav aria-label={t("primary")}>
          <ul className={`${menu.list} ${styles.list}`}>
            {pages.map((page) => (
              <li key={page.href}>
                <Link href={page.href} className={`${menu.link} ${styles.link}`}>
                  {t(page.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className={styles.panelAction}>
          <ConsultationLink />
        </div>
      </MenuPopover>
    </>
  );
}
