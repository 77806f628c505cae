import { getTranslations } from "next-intl/server";
import { AdminBar } from "@/components/admin/admin-bar";
import { LanguageTabs, TranslationWorkTable } from "@/components/admin/catalog/translation-work";
import { listTranslationWork } from "@/lib/catalog-editing/translation-work";
import { englishTreatmentNames } from "@/lib/catalog-editing/treatment-names";
import { adminPageMetadata } from "@/lib/seo/workspace-page-metadata";
import { requireStaffPage } from "@/lib/auth/require-staff";
import { languageName } from "@/lib/i18n/display-names";
import { Link } from "@/lib/i18n/link";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { translationLocales } from "@/lib/validation/catalog-content/fields";
import { translationParam } from "@/lib/validation/query-params";
import layout from "@/components/ui/layout.module.css";
import text from "@/components/ui/text.module.css";

export const generateMetadata = adminPageMetadata("catalog.translations.title");

export default async function TranslationWorkPage({ params, searchParams }: PageProps<"/[locale]/admin/catalog/translations">) {
  const locale = await resolvePageLocale(params);
  const staff = await requireStaffPage({ locale, path: `/${locale}/admin/catalog/translations`, role: "editor" });
  const [work, treatmentNames, t] = await Promise.all([listTranslationWork(), englishTreatmentNames(), getTranslations("Admin.catalog")]);
  const shown = translationParam.parse((await searchParams).translation) ?? translationLocales[0];
  const languages = translationLocales.map((code) => ({ locale: code, name: languageName(locale, code), count: work[code].length }));
  const language = languages.find((each) => each.locale === shown)!;
  return (
    <div className={layout.page}>
      <AdminBar staff={staff} locale={locale} />
      <p>
        <Link href="/admin/catalog">{t("backToCatalog")}</Link>
      </p>
      <h1>{t("translations.title")}</h1>
      <p className={text.lead}>{t("translations.intro")}</p>
      <LanguageTabs languages={languages} shown={shown} />
      <TranslationWorkTable work={work[shown]} language={language} treatmentNames={treatmentNames} />
    </div>
  );
}
