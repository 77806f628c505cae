import { getTranslations } from "next-intl/server";
import type { CatalogItems } from "@/lib/catalog-editing/catalog-overview";
import { countryName } from "@/lib/i18n/display-names";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/link";
import { noticeClassName } from "@/components/ui/notice";
import { CatalogItemState } from "./catalog-item-state";
import { MoveButtons } from "./move-buttons";
import workspace from "@/components/admin/workspace.module.css";
import tag from "@/components/ui/tag.module.css";

export async function ClinicTable({ clinics, locale }: { clinics: CatalogItems["clinics"]; locale: Locale }) {
  const t = await getTranslations("Admin.catalog");
  if (!clinics.length) return <p className={noticeClassName()}>{t("noClinics")}</p>;
  return (
    <div className={workspace.tableScroll} tabIndex={0} role="region" aria-label={t("clinics")}>
      <table className={workspace.table}>
        <thead>
          <tr>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("country")}</th>
            <th scope="col">{t("draft")}</th>
            <th scope="col">{t("latest")}</th>
            <th scope="col">{t("stale")}</th>
            <th scope="col">{t("order.heading")}</th>
          </tr>
        </thead>
        <tbody>
          {clinics.map((clinic, index) => (
            <tr key={clinic.id}>
              <th scope="row">
                <Link href={`/admin/catalog/clinics/${clinic.id}`}>{clinic.name}</Link>
                {clinic.offSite && <OffSiteTag />}
              </th>
              <td>{countryName(locale, clinic.countryCode)}</td>
              <CatalogItemState item={clinic} />
              <td>{clinic.staleOffers ? <span className={tag.tag}>{t("staleCount", { count: clinic.staleOffers })}</span> : t("staleCount", { count: 0 })}</td>
              <td>
                <MoveButtons kind="CLINIC" itemId={clinic.id} name={clinic.name} first={index === 0} last={index === clinics.length - 1} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export async function DoctorTable({ doctors }: { doctors: CatalogItems["doctors"] }) {
  const t = await getTranslations("Admin.catalog");
  if (!doctors.length) return <p className={noticeClassName()}>{t("noDoctors")}</p>;
  return (
    <div className={workspace.tableScroll} tabIndex={0} role="region" aria-label={t("doctors")}>
      <table className={workspace.table}>
        <thead>
          <tr>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("draft")}</th>
            <th scope="col">{t("latest")}</th>
            <th scope="col">{t("order.heading")}</th>
          </tr>
        </thead>
        <tbody>
          {doctors.map((doctor, index) => (
            <tr key={doctor.id}>
              <th scope="row">
                <Link href={`/admin/catalog/doctors/${doctor.id}`}>{doctor.name}</Link>
                {doctor.offSite && <OffSiteTag />}
              </th>
              <CatalogItemState item={doctor} />
              <td>
                <MoveButtons kind="DOCTOR" itemId={doctor.id} name={doctor.name} first={index === 0} last={index === doctors.length - 1} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

async function OffSiteTag() {
  const t = await getTranslations("Admin.catalog.publication");
  return (
    <>
      {" "}
      <span className={tag.tag}>{t("offSiteTag")}</span>
    </>
  );
}
