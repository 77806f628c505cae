import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TreatmentCard } from "@/components/catalog/treatment-card";
import { ConsultationLink } from "@/components/consultation/consultation-link";
import { JsonLd } from "@/components/catalog/json-ld";
import { PageNotices } from "@/components/catalog/page-notices";
import { latestReview } from "@/lib/catalog/latest-review";
import { listClinics } from "@/lib/catalog/clinics";
import { listConditions } from "@/lib/catalog/conditions";
import { listTreatments } from "@/lib/catalog/treatments";
import { Link } from "@/lib/i18n/link";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { pageMetadata, localizedUrl } from "@/lib/seo/metadata";
import styles from "./home.module.css";
import { buttonClassName } from "@/components/ui/button";
import card from "@/components/ui/card.module.css";
import layout from "@/components/ui/layout.module.css";
import text from "@/components/ui/text.module.css";
import cta from "@/components/consultation/cta-panel.module.css";

export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const title = t("homeTitle");
  // The home title already names Careport: without `absolute` the layout's template would name it twice.
  return { ...pageMetadata({ locale, path: "", title, description: t("homeDescription") }), title: { absolute: title } };
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations("Home");
  const [conditions, treatments, clinics] = await Promise.all([
    listConditions(locale),
    listTreatments(locale),
    listClinics(locale),
  ]);
  const countries = new Set(clinics.map((clinic) => clinic.countryCode)).size;

  return (
    <>
      <JsonLd data={{ "@type": "MedicalWebPage", name: t("heroTitle"), url: localizedUrl(locale, "") }} />
      <section className={styles.hero}>
        <div className={layout.container}>
          <h1>{t("heroTitle")}</h1>
          <p className={text.lead}>{t("heroLead")}</p>
          <div className={layout.actions}>
            <ConsultationLink />
            <Link href="/treatments" className={buttonClassName("secondary")}>
              {t("exploreTreatments")}
            </Link>
          </div>
        </div>
      </section>

      <div className={`${layout.container} ${layout.stack}`}>
        <section aria-labelledby="how">
          <h2 id="how">{t("howTitle")}</h2>
          <ol className={styles.steps}>
            {(["step1", "step2", "step3"] as const).map((step) => (
              <li key={step}>
                <h3>{t(`${step}Title`)}</h3>
                <p>{t(`${step}Body`)}</p>
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="condition">
          <h2 id="condition">{t("conditionTitle")}</h2>
          {conditions.map((condition) => (
            <article key={condition.slug} className={`${card.card} ${card.wide}`}>
              <h3>{condition.name}</h3>
              <p>{condition.summary}</p>
              <Link href={`/conditions/${condition.slug}`} className={text.standaloneLink}>
                {t("conditionLink", { name: condition.name })}
              </Link>
            </article>
          ))}
        </section>

        <section aria-labelledby="treatments">
          <h2 id="treatments">{t("treatmentsTitle")}</h2>
          <p>{t("treatmentsLead")}</p>
          <div className={layout.grid}>
            {treatments.map((treatment) => (
              <TreatmentCard key={treatment.slug} treatment={treatment} />
            ))}
          </div>
          <p>
            <Link href="/treatments" className={text.standaloneLink}>
              {t("allTreatments")}
            </Link>
          </p>
        </section>

        <section aria-labelledby="trust">
          <h2 id="trust">{t("trustTitle")}</h2>
          <ul className={styles.checklist}>
            {(["trustFree", "trustLanguages", "trustPayment", "trustSources", "trustPrivacy"] as const).map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="clinics">
          <h2 id="clinics">{t("clinicsTitle")}</h2>
          <p>{t("clinicsLead", { count: clinics.length, countries })}</p>
          <Link href="/clinics" className={buttonClassName("secondary")}>
            {t("allClinics")}
          </Link>
        </section>

        <section aria-labelledby="cta" className={cta.section}>
          <h2 id="cta">{t("ctaTitle")}</h2>
          <p>{t("ctaBody")}</p>
          <ConsultationLink />
        </section>

        <PageNotices {...latestReview([...conditions, ...treatments])} />
      </div>
    </>
  );
}
