import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

export default function NotFoundPage() {
  const t = useTranslations("NotFound");
  return (
    <div className="container narrow page">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <ul className="link-list">
        <li>
          <Link href="/">{t("home")}</Link>
        </li>
        <li>
          <Link href="/treatments">{t("treatments")}</Link>
        </li>
      </ul>
    </div>
  );
}
