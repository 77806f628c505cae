import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";

export const LEADS_PER_PAGE = 25;

const named = (locale: Locale) => ({ select: { translations: { where: { locale }, select: { name: true } } } });

/** Newest first, without quarantined spam. */
export async function listLeads(locale: Locale, page: number) {
  const where = { status: { not: "QUARANTINED" as const } };
  const [leads, total] = await Promise.all([
    db.lead.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * LEADS_PER_PAGE,
      take: LEADS_PER_PAGE,
      select: {
        id: true,
        reference: true,
        fullName: true,
        countryCode: true,
        contactChannel: true,
        status: true,
        createdAt: true,
        respondBy: true,
        treatment: named(locale),
      },
    }),
    db.lead.count({ where }),
  ]);
  return { leads, total, pages: Math.max(1, Math.ceil(total / LEADS_PER_PAGE)) };
}
export type LeadListRow = Awaited<ReturnType<typeof listLeads>>["leads"][number];

/** Everything the patient sent, with names in the coordinator's locale and the delivery state of its emails. */
export function getLeadDetail(id: string, locale: Locale) {
  return db.lead.findUnique({
    where: { id },
    include: {
      treatment: named(locale),
      clinic: named(locale),
      doctor: named(locale),
      files: { orderBy: { createdAt: "asc" } },
      recordChecks: { include: { recordType: named(locale) }, orderBy: { recordType: { sortOrder: "asc" } } },
      notifications: { orderBy: { kind: "asc" } },
    },
  });
}
export type LeadDetail = NonNullable<Awaited<ReturnType<typeof getLeadDetail>>>;
