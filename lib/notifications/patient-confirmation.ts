import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { consumeRateLimit } from "@/lib/rate-limit/rate-limit";
import { hashEmail } from "@/lib/security/client-ip";

/**
 * At most 3 confirmations per recipient address a day, whoever sends the requests and from wherever: the form
 * must not become a way to mail any address. The request is still a lead and the coordinators are still told.
 */
const perAddress = { max: 3, windowSeconds: 24 * 60 * 60 };
export const CONFIRMATION_CAPPED = "not sent: this address already got 3 confirmations in 24 hours";

/** Whose act queues the email: a patient's request on the public form, or a coordinator's in the workspace. */
export type AskedBy = "patient" | "coordinator";

/**
 * The outbox row of a lead's confirmation, counted in the lead's transaction. Past the cap it is written as failed
 * with the reason, so the lead's page shows why the patient got nothing (and a coordinator can resend it).
 */
export async function patientConfirmation(
  tx: Prisma.TransactionClient,
  lead: { id: string; email: string },
  askedBy: AskedBy,
): Promise<Prisma.NotificationCreateManyInput> {
  const confirmation: Prisma.NotificationCreateManyInput = { leadId: lead.id, kind: "PATIENT_CONFIRMATION", recipients: [] };
  // The cap guards the public form; a coordinator who restores or resends means to write to this patient.
  if (askedBy === "coordinator") return confirmation;
  const limit = await consumeRateLimit(`confirmation:${hashEmail(lead.email)}`, perAddress.max, perAddress.windowSeconds, tx);
  return limit.allowed ? confirmation : { ...confirmation, status: "FAILED", lastError: CONFIRMATION_CAPPED };
}
