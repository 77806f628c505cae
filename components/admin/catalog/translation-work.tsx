import { getTranslations } from "next-intl/server";
import type { TranslationWork } from "@/lib/catalog-editing/translation-work";
import type { TranslationLocale } from "@/lib/validation/catalog-content/fields";
import { Link } from "@/lib/i18n/link";
import { noticeClassName } from "@/components/ui/notice";
import workspace from "@/components/admin/workspace.module.css";
import { editorPath } from "./editor-paths";
import styles from "./translation-work.module.css";

type Language = { locale: TranslationLocale; name: string; count: number };

/** One link per language with how many items need work in it; the one shown is marked as the current page. */
export async function LanguageTabs({ languages, shown }: { languages: Language[]; shown: TranslationLocale }) {
  const t = await getTranslations("Admin.catalog.translations");
  return (
    <nav aria-label={t("languages")}>
      <ul className={styles.tabs}>
        {languages.map((language) => (
          <li key={language.locale}>
            <Link href={`/admin/catalog/translations?translation=${language.locale}`} aria-current={language.locale === shown ? "page" : undefined}>
              {t("language", { language: language.name, count: language.count })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** What is left to translate into one language: each item, its parts with no translation, its outdated fields. */
export async function TranslationWorkTable({ work, language, treatmentNames }: { work: TranslationWork[]; language: Language; treatmentNames: Record<string, string> }) {
  const t = await getTranslations("Admin.catalog");
  if (!work.length) return <p className={noticeClassName("info")}>{t("translations.nothing", { language: language.name })}</p>;
  const part = (block: string) => (block === "" ? t("translations.ownText") : t("translations.offer", { treatment: treatmentNames[block.replace("offers/", "")] ?? block }));
  const field = (name: string) => (t.has(`fields.${name}` as "fields.name") ? t(`fields.${name}` as "fields.name") : name);
  return (
    <div className={workspace.tableScroll} tabIndex={0} role="region" aria-label={language.name}>
      <table className={workspace.table}>
        <thead>
          <tr>
            <th scope="col">{t("translations.item")}</th>
            <th scope="col">{t("translations.notTranslated")}</th>
            <th scope="col">{t("translations.outdatedFields")}</th>
          </tr>
        </thead>
        <tbody>
          {work.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <Link href={`${editorPath(item.kind, item.id)}?translation=${language.locale}`} lang="en" dir="ltr">
                  {item.name}
                </Link>
              </th>
              <td>{item.missing.map(part).join(" · ") || "—"}</td>
              <td>{item.outdated.map((each) => `${part(each.block)}: ${field(each.field)}`).join(" · ") || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
