import { randomUUID } from "node:crypto";
import { generateReference } from "@/lib/leads/reference";
import { queryDatabase } from "./database";

/** A lead as the form stores it (without files), written straight to the test database. */
export async function insertLead(fullName: string) {
  const lead = { id: `e2e-${randomUUID()}`, reference: generateReference(), fullName };
  await queryDatabase(
    `INSERT INTO "Lead" ("id", "reference", "submissionId", "status", "fullName", "email", "countryCode", "phone",
       "contactChannel", "preferredLanguage", "message", "writerRole", "consentVersion", "consentedAt", "locale", "timeZone", "respondBy")
     VALUES ($1, $2, $3, 'NEW', $4, 'erna@example.com', 'UA', '+380671234567', 'PHONE', 'uk',
       'My father has liver metastases.', 'RELATIVE', 'e2e', now(), 'en', 'Europe/Kyiv', now() + interval '30 minutes')`,
    [lead.id, lead.reference, randomUUID(), fullName],
  );
  return lead;
}
