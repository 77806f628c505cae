import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { pageMetadata } from "@/lib/seo/metadata";
import { CONSENT_VERSION } from "@/lib/validation/consultation-fields";
import layout from "@/components/ui/layout.module.css";
import { noticeClassName } from "@/components/ui/notice";
import text from "@/components/ui/text.module.css";

const sections = ["who", "what", "why", "sharing", "security", "retention", "rights"] as const;

export async function generateMetadata({ params }: PageProps<"/[locale]/privacy">): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Privacy" });
  return pageMetadata({ locale, path: "/privacy", title: t("title"), description: t("description") });
}

/** The notice the consent checkbox refers to; its version (CONSENT_VERSION) is stored with every lead. */
export default async function PrivacyPage({ params }: PageProps<"/[locale]/privacy">) {
  await resolvePageLocale(params);
  const t = await getTranslations("Privacy");
  const format = await getFormatter();
  return (
    <article className={`${layout.page} ${layout.narrow}`}>
      <h1>{t("title")}</h1>
      <p className={text.hint}>
        {t("version", { date: format.dateTime(new Date(`${CONSENT_VERSION}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }) })}
      </p>
      <p className={noticeClassName()}>{t("demo")}</p>
      {sections.map((section) => (
        <section key={section} aria-labelledby={`privacy-${section}`}>
          <h2 id={`privacy-${section}`}>{t(`${section}Title`)}</h2>
          <p>{t(section)}</p>
        </section>
      ))}
    </article>
  );
}
