import * as z from "./zod";
import { locales } from "@/lib/i18n/locales";
import { workStatuses } from "./lead-work";
import { optionalQueryParam, slugParam } from "./query-params";
import { recordId } from "./record-id";
import { requiredLine } from "./text";

/** A calendar day (no 31 February) in years PostgreSQL and a person's filter can both mean: 1900 to 9998. */
const isoDate = z.string().check(
  z.regex(/^(19|[2-9]\d)\d{2}-\d{2}-\d{2}$/),
  z.refine((value) => {
    const day = new Date(`${value}T00:00:00Z`);
    return !value.startsWith("9999") && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
  }),
);

/** The leads list's query string; a malformed value is ignored rather than an error page. */
export const leadFiltersSchema = z.object({
  q: optionalQueryParam(requiredLine(100)),
  status: optionalQueryParam(z.enum([...workStatuses, "QUARANTINED"])),
  /** A staff id, or "none" for unassigned leads. */
  assignee: optionalQueryParam(recordId),
  country: optionalQueryParam(z.string().check(z.regex(/^[A-Z]{2}$/))),
  treatment: slugParam,
  clinic: slugParam,
  locale: optionalQueryParam(z.enum(locales)),
  from: optionalQueryParam(isoDate),
  to: optionalQueryParam(isoDate),
  page: optionalQueryParam(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100_000))),
});
export type LeadFilters = z.infer<typeof leadFiltersSchema>;

/** The query string for these filters: the list's page links and its export link carry them. */
export function leadFiltersQuery(filters: LeadFilters): URLSearchParams {
  return new URLSearchParams(
    Object.entries(filters)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, String(value)]),
  );
}
