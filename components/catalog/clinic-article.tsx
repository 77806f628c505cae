import { getFormatter, getTranslations } from "next-intl/server";
import type { ClinicPage } from "@/lib/catalog/clinics";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/link";
import { ConsultationIsland } from "@/components/consultation/consultation-island";
import { ConsultationPanel } from "@/components/consultation/consultation-link";
import card from "@/components/ui/card.module.css";
import layout from "@/components/ui/layout.module.css";
import tag from "@/components/ui/tag.module.css";
import text from "@/components/ui/text.module.css";
import empty from "@/components/ui/empty-state.module.css";
import { Breadcrumbs } from "./breadcrumbs";
import { ClinicFacts } from "./clinic-facts";
import { ContentSection } from "./content-section";
import { CountryLabel } from "./country-label";
import { OfferTerms } from "./offer-terms";
import { PageNotices } from "./page-notices";
import { PhotoOrInitials } from "./photo-or-initials";
import { Price } from "./price";
import { RichText } from "./rich-text";
import { ServiceFeeNote } from "./service-fee-note";
import { SpecialtyLabel } from "./specialty-label";
import { textLanguage, UntranslatedNote } from "./untranslated";
import beside from "./beside-heading.module.css";
import linkList from "./link-list.module.css";
import offerList from "./offer-list.module.css";

/**
 * What a clinic's page shows, from its name to its reviewer. The public page adds its structured data; the editor's
 * preview of a draft shows the same without the consultation form, which a preview must not send.
 */
export async function ClinicArticle({ clinic, locale, preview = false }: { clinic: ClinicPage; locale: Locale; preview?: boolean }) {
  const [t, tNav, tDemo, format] = await Promise.all([getTranslations("Clinics"), getTranslations("Navigation"), getTranslations("Demo"), getFormatter()]);
  const context = { clinic: clinic.slug };
  const inClinicLanguage = textLanguage(clinic.textLocale, locale);
  const untranslated = [clinic, ...clinic.offers].some((part) => part.textLocale !== locale);
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/", label: tNav("homeBreadcrumb") },
          { href: "/clinics", label: tNav("clinics") },
          { label: clinic.name },
        ]}
      />
      <header className={layout.pageHeader}>
        <div className={beside.row}>
          <PhotoOrInitials photo={clinic.photo} name={clinic.name} shape="square" size="header" />
          <h1 {...inClinicLanguage}>{clinic.name}</h1>
        </div>
        {clinic.isDemo && <span className={tag.tag}>{tDemo("badge")}</span>}
        <p>
          <CountryLabel city={clinic.city} countryCode={clinic.countryCode} />
        </p>
        <p className={text.lead} {...inClinicLanguage}>
          {clinic.summary}
        </p>
        {untranslated && <UntranslatedNote />}
      </header>
      <ClinicFacts accreditations={clinic.accreditations} languages={clinic.languages}>
        {clinic.foundedYear && (
          <div>
            <dt>{t("founded")}</dt>
            <dd>{format.number(clinic.foundedYear, { useGrouping: false })}</dd>
          </div>
        )}
      </ClinicFacts>
      <ServiceFeeNote fee={clinic.serviceFee} />
      {!preview && <ConsultationPanel context={context} />}
      <ContentSection id="about" title={t("about")}>
        <div {...inClinicLanguage}>
          <RichText text={clinic.description} />
        </div>
      </ContentSection>
      <ContentSection id="treatments" title={t("treatments")}>
        <ul className={offerList.list}>
          {clinic.offers.map((offer) => (
            <li key={offer.treatment.slug} className={card.card}>
              <h3>
                <Link href={`/treatments/${offer.treatment.slug}`}>{offer.treatment.name}</Link>
              </h3>
              <p>
                <Price priceFrom={offer.priceFrom} currency={offer.currency} unit={offer.priceUnit} />
              </p>
              <OfferTerms
                includes={offer.includes}
                excludes={offer.excludes}
                textLocale={offer.textLocale}
                priceConfirmed={offer.priceConfirmed}
                priceSource={offer.priceSource}
              />
            </li>
          ))}
        </ul>
      </ContentSection>
      <ContentSection id="doctors" title={t("doctors")}>
        {clinic.doctors.length === 0 ? (
          <p className={empty.empty}>{t("noDoctors")}</p>
        ) : (
          <ul className={linkList.list}>
            {clinic.doctors.map((doctor) => (
              <li key={doctor.slug}>
                <span {...textLanguage(doctor.textLocale, locale)}>
                  <Link href={`/doctors/${doctor.slug}`}>{doctor.name}</Link> — {doctor.title}
                </span>{" "}
                (
                <SpecialtyLabel specialty={doctor.specialty} />)
              </li>
            ))}
          </ul>
        )}
      </ContentSection>
      {!preview && <ConsultationIsland context={context} />}
      <PageNotices reviewedOn={clinic.reviewedOn} reviewer={clinic.reviewer} />
    </>
  );
}
