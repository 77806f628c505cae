import type { Settings } from "@/lib/validation/settings";

export interface RoutableLead {
  treatment: string | null;
  countryCode: string;
  preferredLanguage: string;
}

export type CoordinatorRouting = Pick<Settings, "coordinatorEmails" | "routingRules">;

/** Coordinator addresses for a new lead: the first matching routing rule's team, else the default list. */
export function routeCoordinatorRecipients(
  lead: RoutableLead,
  settings: CoordinatorRouting,
): string[] {
  const matches = (allowed: string[] | undefined, value: string | null) =>
    allowed === undefined || (value !== null && allowed.includes(value));
  const rule = settings.routingRules.find(
    (candidate) =>
      matches(candidate.treatments, lead.treatment) &&
      matches(candidate.countries, lead.countryCode) &&
      matches(candidate.languages, lead.preferredLanguage),
  );
  return rule?.recipients ?? settings.coordinatorEmails;
}
