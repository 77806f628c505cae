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
  const candidates = await db.lead.findMany({
    where: {
      status: { not: "QUARANTINED" },
      createdAt: { gte: new Date(Math.min(...times) - windowMs), lte: new Date(Math.max(...times) + windowMs) },
      OR: [{ email: { in: emails, mode: "insensitive" } }, { phone: { in: phones } }],
    },
    select: { id: true, reference: true, status: true, createdAt: true, email: true, phone: true },
    orderBy: { createdAt: "desc" },
  });
  for (const lead of leads) {
    const matches = candidates.filter(
      (other) => other.id !== lead.id && Math.abs(other.createdAt.getTime() - lead.createdAt.getTime()) <= windowMs && sameContact(lead, other),
    );
    if (matches.length) found.set(lead.id, matches.map(({ id, reference, status, createdAt }) => ({ id, reference, status, createdAt })));
  }
  return found;
}
