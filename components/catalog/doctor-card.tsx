import { useLocale, useTranslations } from "next-intl";
import type { DoctorPage } from "@/lib/catalog/doctors";
import { languageNames } from "@/lib/i18n/display-names";
import { Link } from "@/lib/i18n/navigation";
import { SpecialtyLabel } from "./specialty-label";

export function DoctorCard({ doctor }: { doctor: DoctorPage }) {
  const t = useTranslations("Doctors");
  const tDemo = useTranslations("Demo");
  const locale = useLocale();
  return (
    <article className="card">
      <h2 className="card__title">
        <Link href={`/doctors/${doctor.slug}`}>{doctor.name}</Link>
      </h2>
      <span className="tag">{tDemo("doctorBadge")}</span>
      <p>{doctor.title}</p>
      <dl className="facts">
        <div>
          <dt>{t("specialty")}</dt>
          <dd>
            <SpecialtyLabel specialty={doctor.specialty} />
          </dd>
        </div>
        <div>
          <dt>{t("clinics")}</dt>
          <dd>{doctor.clinics.map((clinic) => clinic.name).join(", ")}</dd>
        </div>
        <div>
          <dt>{t("languages")}</dt>
          <dd>{languageNames(locale, doctor.languages)}</dd>
        </div>
      </dl>
      <p className="card__meta">{t("experience", { years: doctor.yearsOfExperience })}</p>
    </article>
  );
}
