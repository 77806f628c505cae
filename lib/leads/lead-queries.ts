import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { inLocaleOrEnglish } from "@/lib/catalog/translation";
import type { LeadFilters } from "@/lib/validation/lead-filters";

export const LEADS_PER_PAGE = 25;

const named = (locale: Locale) => ({ select: { translations: { ...inLocaleOrEnglish(locale), select: { name: true } } } });

/** A reference (CP-…), an email, a phone number (digits, any formatting) or part of a name. */
function searchCondition(q: string): Prisma.LeadWhereInput {
  if (/^cp-[a-z0-9]{4}-[a-z0-9]{4}$/i.test(q)) return { reference: q.toUpperCase() };
  if (q.includes("@")) return { email: { equals: q, mode: "insensitive" } };
  const digits = q.replace(/[\s().-]/g, "");
  if (/^\+?\d{6,15}$/.test(digits)) return { phone: { contains: digits.replace(/^\+/, "") } };
  return { fullName: { contains: q, mode: "insensitive" } };
}

export function leadListWhere(filters: LeadFilters): Prisma.LeadWhereInput {
  const endOfDay = (date: string) => new Date(Date.parse(date) + 24 * 60 * 60 * 1000);
  return {
    status: filters.status ?? { not: "QUARANTINED" },
    ...(filters.assignee && { assigneeId: filters.assignee === "none" ? null : filters.assignee }),
    ...(filters.country && { countryCode: filters.country }),
    ...(filters.treatment && { treatment: { slug: filters.treatment } }),
    ...(filters.clinic && { clinic: { slug: filters.clinic } }),
    ...(filters.locale && { locale: filters.locale }),
    ...((filters.from || filters.to) && {
      createdAt: { ...(filters.from && { gte: new Date(filters.from) }), ...(filters.to && { lt: endOfDay(filters.to) }) },
    }),
    ...(filters.q && searchCondition(filters.q)),
  };
}

/** Newest first, filtered, one page; quarantined spam only when asked for by status. */
export async function listLeads(locale: Locale, filters: LeadFilters) {
  const where = leadListWhere(filters);
  const page = filters.page ?? 1;
  const [leads, total] = await Promise.all([
    db.lead.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * LEADS_PER_PAGE,
      take: LEADS_PER_PAGE,
      select: {
        id: true,
        reference: true,
        fullName: true,
        email: true,
        phone: true,
        countryCode: true,
        contactChannel: true,
        status: true,
        createdAt: true,
        respondBy: true,
        firstContactedAt: true,
        erasedAt: true,
        treatment: named(locale),
        assignee: { select: { name: true } },
        notifications: { where: { kind: "COORDINATOR_NEW_LEAD" }, select: { status: true } },
      },
    }),
    db.lead.count({ where }),
  ]);
  return { leads, total, page, pages: Math.max(1, Math.ceil(total / LEADS_PER_PAGE)) };
}
export type LeadListRow = Awaited<ReturnType<typeof listLeads>>["leads"][number];

/** Choices for the list's filters, in the coordinator's locale. */
export async function leadFilterOptions(locale: Locale) {
  const [treatments, clinics, staff] = await Promise.all([
    db.treatment.findMany({ select: { slug: true, ...named(locale).select }, orderBy: { slug: "asc" } }),
    db.clinic.findMany({ select: { slug: true, ...named(locale).select }, orderBy: { slug: "asc" } }),
    db.user.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const withName = (rows: { slug: string; translations: { name: string }[] }[]) =>
    rows.map((row) => ({ value: row.slug, label: row.translations[0]?.name ?? row.slug }));
  return { treatments: withName(treatments), clinics: withName(clinics), staff };
}

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
      notifications: { orderBy: [{ kind: "asc" }, { createdAt: "asc" }] },
    },
  });
}
export type LeadDetail = NonNullable<Awaited<ReturnType<typeof getLeadDetail>>>;
