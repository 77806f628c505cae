import { getTranslations } from "next-intl/server";
import type { DoctorPage } from "@/lib/catalog/doctors";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/link";
import { ConsultationIsland } from "@/components/consultation/consultation-island";
import { ConsultationPanel } from "@/components/consultation/consultation-link";
import layout from "@/components/ui/layout.module.css";
import tag from "@/components/ui/tag.module.css";
import text from "@/components/ui/text.module.css";
import { Breadcrumbs } from "./breadcrumbs";
import { ContentSection } from "./content-section";
import { CountryLabel } from "./country-label";
import { DoctorFacts } from "./doctor-facts";
import { PageNotices } from "./page-notices";
import { PhotoOrInitials } from "./photo-or-initials";
import { RichText } from "./rich-text";
import { textLanguage, UntranslatedNote } from "./untranslated";
import beside from "./beside-heading.module.css";
import linkList from "./link-list.module.css";

/**
 * What a doctor's page shows, from their name to the reviewer. The public page adds its structured data; the editor's
 * preview of a draft shows the same without the consultation form, which a preview must not send.
 */
export async function DoctorArticle({ doctor, locale, preview = false }: { doctor: DoctorPage; locale: Locale; preview?: boolean }) {
  const [t, tNav, tDemo] = await Promise.all([getTranslations("Doctors"), getTranslations("Navigation"), getTranslations("Demo")]);
  const context = { doctor: doctor.slug, clinic: doctor.clinics.length === 1 ? doctor.clinics[0]?.slug : undefined };
  const inDoctorLanguage = textLanguage(doctor.textLocale, locale);
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/", label: tNav("homeBreadcrumb") },
          { href: "/doctors", label: tNav("doctors") },
          { label: doctor.name },
        ]}
      />
      <header className={layout.pageHeader}>
        <div className={beside.row}>
          <PhotoOrInitials photo={doctor.photo} name={doctor.name} shape="round" size="header" />
          <h1 {...inDoctorLanguage}>{doctor.name}</h1>
        </div>
        {doctor.isDemo && <span className={tag.tag}>{tDemo("doctorBadge")}</span>}
        <p className={text.lead} {...inDoctorLanguage}>
          {doctor.title}
        </p>
        {doctor.textLocale !== locale && <UntranslatedNote />}
      </header>
      <DoctorFacts specialty={doctor.specialty} languages={doctor.languages} />
      <p>{t("experience", { years: doctor.yearsOfExperience })}</p>
      {!preview && <ConsultationPanel context={context} />}
      <ContentSection id="about" title={t("about")}>
        <div {...inDoctorLanguage}>
          <RichText text={doctor.bio} />
        </div>
      </ContentSection>
      {/* Empty while every clinic of the doctor is unpublished. */}
      {doctor.clinics.length > 0 && (
        <ContentSection id="clinics" title={t("clinics")}>
          <ul className={linkList.list}>
            {doctor.clinics.map((clinic) => (
              <li key={clinic.slug}>
                <Link href={`/clinics/${clinic.slug}`} {...textLanguage(clinic.textLocale, locale)}>
                  {clinic.name}
                </Link>{" "}
                —{" "}
                <CountryLabel city={clinic.city} countryCode={clinic.countryCode} />
              </li>
            ))}
          </ul>
        </ContentSection>
      )}
      <ContentSection id="treatments" title={t("treatments")}>
        <ul className={linkList.list}>
          {doctor.treatments.map((treatment) => (
            <li key={treatment.slug}>
              <Link href={`/treatments/${treatment.slug}`}>{treatment.name}</Link>
            </li>
          ))}
        </ul>
      </ContentSection>
      {!preview && <ConsultationIsland context={context} />}
      <PageNotices reviewedOn={doctor.reviewedOn} reviewer={doctor.reviewer} />
    </>
  );
}
