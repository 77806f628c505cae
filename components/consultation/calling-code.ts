import { AsYouType, type CountryCode } from "libphonenumber-js";
import metadata from "libphonenumber-js/min/metadata";

/**
 * The country whose calling code a number typed in international form ("+44 20 …") starts with, so the code shown
 * beside the number follows what the patient typed; undefined for a number typed without "+". While a shared code
 * ("+1", "+7") cannot tell its countries apart yet, `current` stays if it has that code, else the code's main country.
 */
export function countryOfTypedCode(number: string, current?: string): CountryCode | undefined {
  if (!number.trim().startsWith("+")) return undefined;
  const typing = new AsYouType();
  typing.input(number);
  const callingCode = typing.getCallingCode();
  if (!callingCode) return undefined;
  const countries = metadata.country_calling_codes[callingCode] as CountryCode[] | undefined;
  return typing.getCountry() ?? countries?.find((country) => country === current) ?? countries?.[0];
}
