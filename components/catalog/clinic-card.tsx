import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import type { ServiceFee } from "@/lib/catalog/offers";
import type { CatalogPhoto } from "@/lib/catalog/photo";
import { Link } from "@/lib/i18n/link";
import { ClinicFacts } from "./clinic-facts";
import { CountryLabel } from "./country-label";
import { PhotoOrInitials } from "./photo-or-initials";
import { ServiceFeeNote } from "./service-fee-note";
import { textLanguage } from "./untranslated";
import beside from "./beside-heading.module.css";
import card from "@/components/ui/card.module.css";
import tag from "@/components/ui/tag.module.css";

export function ClinicCard({
  clinic,
}: {
  clinic: {
    slug: string;
    name: string;
    city: string;
    summary: string;
    textLocale: Locale;
    countryCode: string;
    accreditations: string[];
    languages: string[];
    serviceFee: ServiceFee;
    isDemo: boolean;
    photo: CatalogPhoto | null;
    treatments: { slug: string; name: string }[];
  };
}) {
  const t = useTranslations("Clinics");
  const tDemo = useTranslations("Demo");
  const inClinicLanguage = textLanguage(clinic.textLocale, useLocale());
  return (
    <article className={card.card}>
      <div className={beside.row}>
        <PhotoOrInitials photo={clinic.photo} name={clinic.name} shape="square" size="card" />
        <h2 className={card.title} {...inClinicLanguage}>
          <Link href={`/clinics/${clinic.slug}`}>{clinic.name}</Link>
        </h2>
      </div>
      {clinic.isDemo && <span className={tag.tag}>{tDemo("badge")}</span>}
      <p>
        <CountryLabel city={clinic.city} countryCode={clinic.countryCode} />
      </p>
      <p {...inClinicLanguage}>{clinic.summary}</p>
      <ClinicFacts accreditations={clinic.accreditations} languages={clinic.languages}>
        <div>
          <dt>{t("treatments")}</dt>
          <dd>{clinic.treatments.map((treatment) => treatment.name).join(" · ")}</dd>
        </div>
      </ClinicFacts>
      <ServiceFeeNote fee={clinic.serviceFee} />
    </article>
  );
}
