import { useLocale, useTranslations } from "next-intl";
import { countryName } from "@/lib/i18n/display-names";

export function CountryLabel({ city, countryCode }: { city: string; countryCode: string }) {
  const t = useTranslations("Clinics");
  const locale = useLocale();
  return <span>{t("cityInCountry", { city, country: countryName(locale, countryCode) })}</span>;
}
