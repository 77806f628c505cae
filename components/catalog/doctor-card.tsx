import { useLocale, useTranslations } from "next-intl";
import { listOf } from "@/lib/i18n/display-names";
import type { DoctorPage } from "@/lib/catalog/doctors";
import { Link } from "@/lib/i18n/link";
import { DoctorFacts } from "./doctor-facts";
import { PhotoOrInitials } from "./photo-or-initials";
import { textLanguage } from "./untranslated";
import beside from "./beside-heading.module.css";
import card from "@/components/ui/card.module.css";
import tag from "@/components/ui/tag.module.css";

export function DoctorCard({ doctor }: { doctor: DoctorPage }) {
  const t = useTranslations("Doctors");
  const tDemo = useTranslations("Demo");
  const locale = useLocale();
  const inDoctorLanguage = textLanguage(doctor.textLocale, locale);
  return (
    <article className={card.card}>
      <div className={beside.row}>
        <PhotoOrInitials photo={doctor.photo} name={doctor.name} shape="round" size="card" />
        <h2 className={card.title} {...inDoctorLanguage}>
          <Link href={`/doctors/${doctor.slug}`}>{doctor.name}</Link>
        </h2>
      </div>
      {doctor.isDemo && <span className={tag.tag}>{tDemo("doctorBadge")}</span>}
      <p {...inDoctorLanguage}>{doctor.title}</p>
      <DoctorFacts specialty={doctor.specialty} languages={doctor.languages}>
        <div>
          <dt>{t("clinics")}</dt>
          <dd>{listOf(locale, doctor.clinics.map((clinic) => clinic.name))}</dd>
        </div>
      </DoctorFacts>
      <p className={card.meta}>{t("experience", { years: doctor.yearsOfExperience })}</p>
    </article>
  );
}
