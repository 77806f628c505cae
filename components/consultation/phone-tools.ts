export { parsePhoneNumberFromString } from "libphonenumber-js";
export { countryOfTypedCode } from "./calling-code";
