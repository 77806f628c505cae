import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

export function SiteFooter() {
  const t = useTranslations("Footer");
  const tNotices = useTranslations("Notices");
  return (
    <footer className="site-footer">
      <div className="container">
        <section aria-labelledby="footer-emergency" className="notice notice--emergency">
          <h2 id="footer-emergency">{tNotices("emergencyTitle")}</h2>
          <p>{tNotices("emergencyBody")}</p>
        </section>
        <p>{t("about")}</p>
        <p>{t("sources")}</p>
        <p>{t("openSource")}</p>
        <p>
          <Link href="/privacy">{t("privacy")}</Link>
        </p>
      </div>
    </footer>
  );
}
