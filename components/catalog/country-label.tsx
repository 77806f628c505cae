import { useLocale } from "next-intl";
import { countryName } from "@/lib/i18n/display-names";

export function CountryLabel({ city, countryCode }: { city: string; countryCode: string }) {
  const locale = useLocale();
  return (
    <span>
      {city}, {countryName(locale, countryCode)}
    </span>
  );
}
