import "server-only";
import { publishedOnly } from "@/lib/catalog/published";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import type { Consultation } from "@/lib/validation/consultation";
import type { SubmissionMeta } from "@/lib/validation/submission-meta";
import type { ReceivedFile } from "./receive-multipart";
import { enqueueLeadNotifications, NEW_LEAD_NOTIFICATIONS } from "@/lib/notifications/enqueue-notifications";
import type { CoordinatorRouting } from "@/lib/notifications/route-recipients";
import { generateReference } from "./reference";
import { SubmissionError } from "./submission-error";

export interface NewLead {
  consultation: Consultation;
  phone: string;
  meta: SubmissionMeta;
  locale: Locale;
  files: ReceivedFile[];
  ipHash: string;
  respondBy: Date;
  spamReason: string | null;
  /** The settings that route the coordinators' email (read once per request); quarantined spam notifies no one. */
  coordinatorRouting: CoordinatorRouting;
  /** Test seam: runs inside the transaction after the lead row, to prove a failure leaves nothing behind. */
  afterLeadInsert?: () => Promise<void>;
}

async function resolveCatalogContext(consultation: Consultation) {
  const [treatment, clinic, doctor] = await Promise.all([
    consultation.treatment
      ? db.treatment.findUnique({ where: { slug: consultation.treatment }, include: { requiredRecords: { include: { recordType: true } } } })
      : null,
    // An unpublished clinic or doctor is refused like an unknown one: the form no longer offers it.
    consultation.clinic ? db.clinic.findUnique({ where: { slug: consultation.clinic, ...publishedOnly }, select: { id: true } }) : null,
    consultation.doctor ? db.doctor.findUnique({ where: { slug: consultation.doctor, ...publishedOnly }, select: { id: true } }) : null,
  ]);
  const fields: Record<string, string> = {};
  if (consultation.treatment && !treatment) fields.treatment = "invalid";
  if (consultation.clinic && !clinic) fields.clinic = "invalid";
  if (consultation.doctor && !doctor) fields.doctor = "invalid";
  const records = treatment?.requiredRecords.map(({ recordType }) => recordType) ?? [];
  if (consultation.recordsCovered.some((key) => !records.some((record) => record.key === key))) {
    fields.recordsCovered = "invalid";
  }
  if (Object.keys(fields).length) throw new SubmissionError(400, { error: "validation", fields });
  const covered = new Set(consultation.recordsCovered);
  return {
    treatmentId: treatment?.id ?? null,
    clinicId: clinic?.id ?? null,
    doctorId: doctor?.id ?? null,
    recordChecks: records.map((record) => ({ recordTypeId: record.id, covered: covered.has(record.key) })),
  };
}

const isUniqueViolation = (error: unknown, field: string) =>
  error instanceof Prisma.PrismaClientKnownRequestError &&
  error.code === "P2002" &&
  JSON.stringify(error.meta ?? {}).includes(field);

/**
 * Writes the lead, its files' rows and its records checklist in one transaction. Returns the existing lead
 * when this submission id was already stored (a retry or a double click).
 */
export async function createLead(input: NewLead): Promise<{ reference: string; respondBy: Date; created: boolean }> {
  const existing = await db.lead.findUnique({ where: { submissionId: input.consultation.submissionId } });
  if (existing) return { reference: existing.reference, respondBy: existing.respondBy, created: false };

  const context = await resolveCatalogContext(input.consultation);
  const { consultation, meta } = input;
  for (let attempt = 0; ; attempt += 1) {
    try {
      const lead = await db.$transaction(async (tx) => {
        const row = await tx.lead.create({
          data: {
            reference: generateReference(),
            submissionId: consultation.submissionId,
            status: input.spamReason ? "QUARANTINED" : "NEW",
            spamReason: input.spamReason,
            fullName: consultation.fullName,
            email: consultation.email,
            countryCode: consultation.countryCode,
            phone: input.phone,
            contactChannel: consultation.contactChannel,
            preferredLanguage: consultation.preferredLanguage,
            message: consultation.message,
            patientAge: consultation.patientAge ?? null,
            writerRole: consultation.writerRole,
            treatmentId: context.treatmentId,
            clinicId: context.clinicId,
            doctorId: context.doctorId,
            consentVersion: consultation.consentVersion,
            consentedAt: new Date(),
            locale: input.locale,
            timeZone: meta.timeZone,
            respondBy: input.respondBy,
            sourcePath: meta.sourcePath ?? null,
            referrer: meta.referrer ?? null,
            utm: meta.utm ?? Prisma.JsonNull,
            ipHash: input.ipHash,
            recordChecks: { create: context.recordChecks },
          },
        });
        if (!input.spamReason) {
          const treatment = consultation.treatment ? { slug: consultation.treatment } : null;
          await enqueueLeadNotifications(tx, { ...row, treatment }, {
            kinds: NEW_LEAD_NOTIFICATIONS,
            routing: input.coordinatorRouting,
            askedBy: "patient",
          });
        }
        await input.afterLeadInsert?.();
        await tx.leadFile.createMany({
          data: input.files.map((file) => ({
            leadId: row.id,
            storageKey: file.key,
            originalName: file.originalName,
            detectedType: file.type,
            size: file.size,
            sha256: file.sha256,
          })),
        });
        return row;
      });
      return { reference: lead.reference, respondBy: lead.respondBy, created: true };
    } catch (error) {
      if (isUniqueViolation(error, "submissionId")) {
        const first = await db.lead.findUniqueOrThrow({ where: { submissionId: consultation.submissionId } });
        return { reference: first.reference, respondBy: first.respondBy, created: false };
      }
      if (isUniqueViolation(error, "reference") && attempt < 3) continue;
      throw error;
    }
  }
}
