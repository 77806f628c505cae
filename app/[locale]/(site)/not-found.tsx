import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/link";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { notFoundMetadata } from "@/lib/seo/metadata";
import layout from "@/components/ui/layout.module.css";
import linkList from "@/components/catalog/link-list.module.css";

// Next.js passes the segment's params to a not-found file's metadata; reading the locale from the request instead
// would turn the statically generated pages that call notFound() dynamic.
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return notFoundMetadata(await resolvePageLocale(params));
}

export default function NotFoundPage() {
  const t = useTranslations("NotFound");
  return (
    <div className={`${layout.page} ${layout.narrow}`}>
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <ul className={linkList.list}>
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
