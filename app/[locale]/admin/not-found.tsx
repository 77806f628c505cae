import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/link";
import layout from "@/components/ui/layout.module.css";

// What a page the signed-in account may not see, or an unknown lead, looks like: no hint of what is behind it.
export default function WorkspaceNotFound() {
  const t = useTranslations("NotFound");
  const tAdmin = useTranslations("Admin.nav");
  return (
    <div className={`${layout.page} ${layout.narrow}`}>
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/admin">{tAdmin("label")}</Link>
      </p>
    </div>
  );
}
