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

/**
 * The outbox row of a new lead's confirmation, counted in the lead's transaction. Past the cap it is written as
 * failed with the reason, so the lead's page shows why the patient got nothing (and a coordinator can resend it).
 */
export async function patientConfirmation(
  tx: Prisma.TransactionClient,
  leadId: string,
  email: string,
): Promise<Prisma.NotificationCreateManyInput> {
  const limit = await consumeRateLimit(`confirmation:${hashEmail(email)}`, perAddress.max, perAddress.windowSeconds, tx);
  const confirmation: Prisma.NotificationCreateManyInput = { leadId, kind: "PATIENT_CONFIRMATION", recipients: [] };
  return limit.allowed ? confirmation : { ...confirmation, status: "FAILED", lastError: CONFIRMATION_CAPPED };
}
