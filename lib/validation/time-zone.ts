import * as z from "./zod";

function isTimeZone(zone: string) {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone the runtime knows, e.g. "Europe/Kyiv". */
export const timeZoneSchema = z.string().check(z.maxLength(64), z.refine(isTimeZone, "invalid"));
