import { useTranslations } from "next-intl";
import type { DoctorPage } from "@/lib/catalog/doctors";
import { Link } from "@/lib/i18n/navigation";
import { DoctorFacts } from "./doctor-facts";

export function DoctorCard({ doctor }: { doctor: DoctorPage }) {
  const t = useTranslations("Doctors");
  const tDemo = useTranslations("Demo");
  return (
    <article className="card">
      <h2 className="card__title">
        <Link href={`/doctors/${doctor.slug}`}>{doctor.name}</Link>
      </h2>
      {doctor.isDemo && <span className="tag">{tDemo("doctorBadge")}</span>}
      <p>{doctor.title}</p>
      <DoctorFacts specialty={doctor.specialty} languages={doctor.languages}>
        <div>
          <dt>{t("clinics")}</dt>
          <dd>{doctor.clinics.map((clinic) => clinic.name).join(", ")}</dd>
        </div>
      </DoctorFacts>
      <p className="card__meta">{t("experience", { years: doctor.yearsOfExperience })}</p>
    </article>
  );
}
