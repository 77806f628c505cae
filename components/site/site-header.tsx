import { useTranslations } from "next-intl";
import { ConsultationLink } from "@/components/consultation/consultation-link";
import { Link } from "@/lib/i18n/navigation";
import { LocaleSwitcher } from "./locale-switcher";

export function SiteHeader({ showDemoNotice }: { showDemoNotice: boolean }) {
  const t = useTranslations("Navigation");
  const tDemo = useTranslations("Demo");
  const tLocale = useTranslations("LocaleSwitcher");
  return (
    <header className="site-header">
      {showDemoNotice && <p className="demo-banner">{tDemo("banner")}</p>}
      <div className="container site-header__utility">
        <LocaleSwitcher label={tLocale("label")} />
      </div>
      <div className="container site-header__bar">
        <Link href="/" className="brand" aria-label={t("home")}>
          Careport
        </Link>
        <nav aria-label={t("primary")} className="site-nav">
          <ul>
            <li>
              <Link href="/conditions/liver-metastases">{t("condition")}</Link>
            </li>
            <li>
              <Link href="/treatments">{t("treatments")}</Link>
            </li>
            <li>
              <Link href="/clinics">{t("clinics")}</Link>
            </li>
            <li>
              <Link href="/doctors">{t("doctors")}</Link>
            </li>
          </ul>
        </nav>
        <ConsultationLink variant="compact" />
      </div>
    </header>
  );
}
