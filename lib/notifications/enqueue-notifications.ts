import "server-only";
import type { NotificationKind, Prisma } from "@/lib/generated/prisma/client";
import { signalOnCommit } from "@/lib/database-signal";
import { patientConfirmation, type AskedBy } from "./patient-confirmation";
import { routeCoordinatorRecipients, type CoordinatorRouting } from "./route-recipients";

/** What a lead's emails need to be queued; read a stored lead with this select. */
export const notifiableLeadSelect = {
  id: true,
  email: true,
  countryCode: true,
  preferredLanguage: true,
  treatment: { select: { slug: true } },
} satisfies Prisma.LeadSelect;
export type NotifiableLead = Prisma.LeadGetPayload<{ select: typeof notifiableLeadSelect }>;

/** A lead that has just become new tells the coordinators and confirms to the patient. */
export const NEW_LEAD_NOTIFICATIONS: readonly NotificationKind[] = ["COORDINATOR_NEW_LEAD", "PATIENT_CONFIRMATION"];

export interface EnqueueOptions {
  kinds: readonly NotificationKind[];
  /** The settings the coordinator addresses are routed from, as they are now. */
  routing: CoordinatorRouting;
  /** Only a patient's request counts towards the daily cap of confirmations per address. */
  askedBy: AskedBy;
}

/**
 * Writes a lead's emails to the outbox in the caller's transaction and wakes the workers when it commits: written
 * with the lead, sent by the worker, so mail never holds up or loses a lead.
 */
export async function enqueueLeadNotifications(
  tx: Prisma.TransactionClient,
  lead: NotifiableLead,
  { kinds, routing, askedBy }: EnqueueOptions,
): Promise<void> {
  const rows: Prisma.NotificationCreateManyInput[] = [];
  for (const kind of kinds) {
    rows.push(
      kind === "COORDINATOR_NEW_LEAD"
        ? { leadId: lead.id, kind, recipients: routeCoordinatorRecipients({ ...lead, treatment: lead.treatment?.slug ?? null }, routing) }
        : await patientConfirmation(tx, lead, askedBy),
    );
  }
  await tx.notification.createMany({ data: rows });
  // Wakes the workers as the lead commits, so its emails leave within milliseconds instead of at the next poll.
  await signalOnCommit(tx, "notification_outbox");
}
