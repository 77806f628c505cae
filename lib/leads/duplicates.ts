import "server-only";
import { db } from "@/lib/db";

export const DUPLICATE_WINDOW_DAYS = 30;
const windowMs = DUPLICATE_WINDOW_DAYS * 24 * 60 * 60 * 1000;

interface Contact {
  id: string;
  email: string;
  phone: string;
  createdAt: Date;
}
export interface PossibleDuplicate {
  id: string;
  reference: string;
  status: string;
  createdAt: Date;
}

const sameContact = (a: Contact, b: Contact) =>
  (a.email !== "" && a.email.toLowerCase() === b.email.toLowerCase()) || (a.phone !== "" && a.phone === b.phone);

/**
 * Other leads with the same email (any case) or phone received within 30 days before or after each given lead:
 * one query for a whole page of the list. Quarantined submissions are not leads yet and are left out.
 */
export async function findPossibleDuplicates(leads: Contact[]): Promise<Map<string, PossibleDuplicate[]>> {
  const found = new Map<string, PossibleDuplicate[]>();
  const emails = [...new Set(leads.map((lead) => lead.email).filter(Boolean))];
  const phones = [...new Set(leads.map((lead) => lead.phone).filter(Boolean))];
  if (leads.length === 0 || (emails.length === 0 && phones.length === 0)) return found;
  const times = leads.map((lead) => lead.createdAt.getTime());
  const lowerEmails = emails.map((email) => email.toLowerCase());
  // Raw SQL so that both sides of the OR use an index (lower("email") from its migration, and "phone"): Prisma's
  // case-insensitive `in` cannot, and scanned every lead of the time window on each page of the list.
  const candidates = await db.$queryRaw<(Contact & PossibleDuplicate)[]>`
    SELECT "id", "reference", "status"::text AS "status", "createdAt", "email", "phone" FROM "Lead"
    WHERE (lower("email") = ANY(${lowerEmails}) OR "phone" = ANY(${phones}))
      AND "status" <> 'QUARANTINED'
      AND "createdAt" BETWEEN ${new Date(Math.min(...times) - windowMs)} AND ${new Date(Math.max(...times) + windowMs)}
    ORDER BY "createdAt" DESC`;
  for (const lead of leads) {
    const matches = candidates.filter(
      (other) => other.id !== lead.id && Math.abs(other.createdAt.getTime() - lead.createdAt.getTime()) <= windowMs && sameContact(lead, other),
    );
    if (matches.length) found.set(lead.id, matches.map(({ id, reference, status, createdAt }) => ({ id, reference, status, createdAt })));
  }
  return found;
}
