import { z } from "./zod";
import { locales } from "@/lib/i18n/locales";
import { workStatuses } from "./lead-work";
import { optionalQueryParam, slugParam } from "./query-params";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((value) => !Number.isNaN(Date.parse(value)));

/** The leads list's query string; a malformed value is ignored rather than an error page. */
export const leadFiltersSchema = z.object({
  q: optionalQueryParam(z.string().trim().min(1).max(100)),
  status: optionalQueryParam(z.enum([...workStatuses, "QUARANTINED"])),
  /** A staff id, or "none" for unassigned leads. */
  assignee: optionalQueryParam(z.string().regex(/^[A-Za-z0-9_-]{1,40}$/)),
  country: optionalQueryParam(z.string().regex(/^[A-Z]{2}$/)),
  treatment: slugParam,
  clinic: slugParam,
  locale: optionalQueryParam(z.enum(locales)),
  from: optionalQueryParam(isoDate),
  to: optionalQueryParam(isoDate),
  page: optionalQueryParam(z.coerce.number().int().min(1).max(100_000)),
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
