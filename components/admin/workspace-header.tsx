import { useTranslations } from "next-intl";
import { LocaleSwitcher } from "@/components/site/locale-switcher";
import { Link } from "@/lib/i18n/navigation";

export function WorkspaceHeader() {
  const t = useTranslations("Admin.header");
  const tLocale = useTranslations("LocaleSwitcher");
  return (
    <header className="workspace-header">
      <div className="container workspace-header__bar">
        <Link href="/admin" className="brand">
          Careport <span className="workspace-header__name">{t("workspace")}</span>
        </Link>
        <LocaleSwitcher label={tLocale("label")} />
        <Link href="/" className="workspace-header__site">
          {t("publicSite")}
        </Link>
      </div>
    </header>
  );
}
