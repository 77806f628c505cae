import { useLocale, useTranslations } from "next-intl";
import { countryName } from "@/lib/i18n/display-names";
import { Link } from "@/lib/i18n/link";
import type { ClinicFiltersInput } from "@/lib/validation/clinic-filters";
import styles from "./clinic-filter-form.module.css";
import { buttonClassName } from "@/components/ui/button";

/** A plain GET form: filtering works without JavaScript and every filtered list has a shareable URL. */
export function ClinicFilterForm({
  options,
  filters,
}: {
  options: { countries: string[]; treatments: { slug: string; name: string }[] };
  filters: ClinicFiltersInput;
}) {
  const t = useTranslations("Clinics");
  const locale = useLocale();
  const countries = options.countries
    .map((code) => ({ code, name: countryName(locale, code) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  return (
    <form method="get" className={styles.filters} aria-label={t("filters")}>
      <div className={styles.filter}>
        <label htmlFor="filter-country">{t("country")}</label>
        <select id="filter-country" name="country" defaultValue={filters.country ?? ""}>
          <option value="">{t("anyCountry")}</option>
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.filter}>
        <label htmlFor="filter-treatment">{t("treatment")}</label>
        <select id="filter-treatment" name="treatment" defaultValue={filters.treatment ?? ""}>
          <option value="">{t("anyTreatment")}</option>
          {options.treatments.map((treatment) => (
            <option key={treatment.slug} value={treatment.slug}>
              {treatment.name}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.actions}>
        <button type="submit" className={buttonClassName("primary")}>
          {t("apply")}
        </button>
        {(filters.country || filters.treatment) && (
          <Link href="/clinics" className={styles.reset}>
            {t("reset")}
          </Link>
        )}
      </div>
    </form>
  );
}
