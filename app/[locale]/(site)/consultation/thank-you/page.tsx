import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { ContactPromise } from "@/components/consultation/contact-promise";
import { OperatorContacts } from "@/components/site/operator-contacts";
import { Link } from "@/lib/i18n/link";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { normalizeReference } from "@/lib/leads/reference";
import { publicSiteSettings } from "@/lib/settings/operator-settings";
import layout from "@/components/ui/layout.module.css";
import text from "@/components/ui/text.module.css";
import card from "@/components/ui/card.module.css";
import styles from "./thank-you.module.css";

export async function generateMetadata({ params }: PageProps<"/[locale]/consultation/thank-you">): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "ThankYou" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ThankYouPage({ params, searchParams }: PageProps<"/[locale]/consultation/thank-you">) {
  await resolvePageLocale(params);
  const t = await getTranslations("ThankYou");
  const query = await searchParams;
  const reference = normalizeReference(String(query.reference ?? ""));
  const respondBy = typeof query.respondBy === "string" ? query.respondBy : null;
  const [{ ThankYou }, { operator }] = await Promise.all([getMessages(), publicSiteSettings()]);

  return (
    <div className={`${layout.page} ${layout.narrow}`}>
      <h1>{t("title")}</h1>
      {reference ? (
        <section className={card.card} aria-labelledby="reference-label">
          <p id="reference-label">{t("reference")}</p>
          <p className={styles.reference} data-testid="reference">
            {reference}
          </p>
          <p className={text.hint} id="contact-hint">
            {operator ? t("contactHint") : t("referenceHint")}
          </p>
          {operator && <OperatorContacts operator={operator} labelledBy="contact-hint" />}
          {respondBy && (
            <NextIntlClientProvider messages={{ ThankYou }}>
              <ContactPromise respondBy={respondBy} />
            </NextIntlClientProvider>
          )}
        </section>
      ) : (
        <p>{t("missing")}</p>
      )}
      <section aria-labelledby="next">
        <h2 id="next">{t("nextTitle")}</h2>
        <ol>
          <li>{t("next1")}</li>
          <li>{t("next2")}</li>
          <li>{t("next3")}</li>
        </ol>
      </section>
      <Link href="/" className={text.standaloneLink}>
        {t("backHome")}
      </Link>
    </div>
  );
}
