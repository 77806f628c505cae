import { Readable } from "node:stream";
import { db } from "@/lib/db";
import { createLead } from "@/lib/leads/create-lead";
import { fileStorage } from "@/lib/storage/storage";
import type { AllowedFileType } from "@/lib/uploads/file-type";
import { consultationSchema } from "@/lib/validation/consultation";
import { validConsultation } from "@/tests/fixtures/consultation";

/** A lead as the form would store it, with real encrypted files in storage. */
export async function createTestLead(
  options: {
    files?: { name: string; type: AllowedFileType; bytes: Buffer }[];
    spam?: boolean;
    email?: string;
    phone?: string;
    createdAt?: Date;
    /** Answers of the form to override, e.g. the clinic or doctor the request is about. */
    answers?: Record<string, unknown>;
  } = {},
) {
  const files = await Promise.all(
    (options.files ?? []).map(async (file) => ({
      ...(await fileStorage.write(Readable.from([file.bytes]))),
      originalName: file.name,
      type: file.type,
    })),
  );
  const { reference } = await createLead({
    consultation: consultationSchema.parse({ ...validConsultation(options.answers), ...(options.email && { email: options.email }) }),
    phone: options.phone ?? "+380671234567",
    meta: { formToken: "test", website: "", timeZone: "Europe/Kyiv" },
    locale: "en",
    files,
    ipHash: "test",
    respondBy: new Date(Date.now() + 30 * 60_000),
    spamReason: options.spam ? "honeypot" : null,
    coordinatorRouting: { coordinatorEmails: ["coordinators@careport.test"], routingRules: [] },
  });
  if (options.createdAt) await db.lead.update({ where: { reference }, data: { createdAt: options.createdAt } });
  return db.lead.findUniqueOrThrow({ where: { reference }, include: { files: true } });
}
