import { getTranslations } from "next-intl/server";
import { countryOptions } from "@/components/consultation/countries";
import { locales, type Locale } from "@/lib/i18n/locales";
import type { LeadFilters } from "@/lib/validation/lead-filters";
import { workStatuses } from "@/lib/validation/lead-work";
import styles from "./lead-filters-form.module.css";
import { buttonClassName } from "@/components/ui/button";
import fieldStyles from "@/components/forms/field.module.css";
import { adminFormClassName } from "./admin-form";
import text from "@/components/ui/text.module.css";

type Option = { value: string; label: string };

/** A plain GET form: filters live in the URL, so a filtered list can be bookmarked and shared with a colleague. */
export async function LeadFiltersForm(props: {
  locale: Locale;
  filters: LeadFilters;
  treatments: Option[];
  clinics: Option[];
  staff: { id: string; name: string }[];
}) {
  const t = await getTranslations("Admin");
  const { filters } = props;
  const languageNames = new Intl.DisplayNames([props.locale], { type: "language" });
  const select = (name: keyof LeadFilters, label: string, options: Option[]) => (
    <div className={fieldStyles.field}>
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={String(filters[name] ?? "")}>
        <option value="">{t("filters.any")}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form method="get" className={`${adminFormClassName} ${styles.filters}`} role="search" aria-label={t("filters.label")}>
      <div className={`${fieldStyles.field} ${styles.search}`}>
        <label htmlFor="filter-q">{t("filters.search")}</label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={100} aria-describedby="filter-q-hint" />
        <p id="filter-q-hint" className={text.hint}>
          {t("filters.searchHint")}
        </p>
      </div>
      {select("status", t("filters.status"), [...workStatuses, "QUARANTINED"].map((status) => ({ value: status, label: t(`status.${status}` as "status.NEW") })))}
      {select("assignee", t("filters.assignee"), [
        { value: "none", label: t("filters.unassigned") },
        ...props.staff.map((member) => ({ value: member.id, label: member.name })),
      ])}
      {select("country", t("filters.country"), countryOptions(props.locale).map((country) => ({ value: country.code, label: country.name })))}
      {select("treatment", t("filters.treatment"), props.treatments)}
      {select("clinic", t("filters.clinic"), props.clinics)}
      {select("locale", t("filters.locale"), locales.map((code) => ({ value: code, label: languageNames.of(code) ?? code })))}
      <div className={fieldStyles.field}>
        <label htmlFor="filter-from">{t("filters.from")}</label>
        <input id="filter-from" name="from" type="date" defaultValue={filters.from ?? ""} />
      </div>
      <div className={fieldStyles.field}>
        <label htmlFor="filter-to">{t("filters.to")}</label>
        <input id="filter-to" name="to" type="date" defaultValue={filters.to ?? ""} />
      </div>
      <div className={styles.actions}>
        <button type="submit" className={buttonClassName("primary")}>
          {t("filters.apply")}
        </button>
        <a href="?">{t("filters.clear")}</a>
      </div>
    </form>
  );
}
