import * as z from "./zod";

import { optionalQueryParam, slugParam } from "./query-params";

/** Query parameters of the clinics list; anything malformed is ignored rather than an error page. */
export const clinicFiltersSchema = z.object({
  country: optionalQueryParam(z.string().check(z.regex(/^[A-Z]{2}$/))),
  treatment: slugParam,
});

export type ClinicFiltersInput = z.infer<typeof clinicFiltersSchema>;
