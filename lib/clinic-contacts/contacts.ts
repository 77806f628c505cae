import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { inLocale, translated } from "@/lib/catalog/translation";
import { MAX_CONTACTS_PER_CLINIC, type AddContactInput, type ChangeContactInput, type RemoveContactInput } from "@/lib/validation/clinic-contacts";

type ContactOutcome = "done" | "notFound" | { result: "invalid"; fields: Record<string, string> };

const written = (contact: { email: string; label: string | null }) => (contact.label ? `${contact.email} (${contact.label})` : contact.email);
const taken = { result: "invalid" as const, fields: { email: "contactTaken" } };
const isDuplicate = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/** Every clinic (published or not: leads may name any) with its coordinator addresses, and the latest changes. */
export async function listClinicContacts() {
  const [clinics, changes] = await Promise.all([
    db.clinic.findMany({
      orderBy: { sortOrder: "asc" },
      select: { id: true, slug: true, translations: { ...inLocale("en"), select: { name: true } }, contacts: { orderBy: { createdAt: "asc" } } },
    }),
    db.clinicContactChange.findMany({ orderBy: { id: "desc" }, take: 100, include: { actor: { select: { name: true } }, clinic: { select: { slug: true } } } }),
  ]);
  const names = new Map(clinics.map((clinic) => [clinic.id, translated(clinic.translations, clinic.slug).name]));
  return {
    clinics: clinics.map((clinic) => ({ id: clinic.id, name: names.get(clinic.id)!, contacts: clinic.contacts.map(({ id, email, label }) => ({ id, email, label })) })),
    changes: changes.map((change) => ({ ...change, id: String(change.id), clinic: names.get(change.clinicId) ?? change.clinic.slug, actor: change.actor?.name ?? null })),
  };
}

/**
 * Each change and its line in the log are one transaction. A clinic's contacts are counted under a lock on the
 * clinic's row, so two admins adding at once cannot pass the limit together; the same address twice is refused by
 * the unique index.
 */
export async function addClinicContact(actorId: string, input: AddContactInput): Promise<ContactOutcome> {
  try {
    return await db.$transaction(async (tx) => {
      const [clinic] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Clinic" WHERE "id" = ${input.clinicId} FOR UPDATE`;
      if (!clinic) return "notFound";
      if ((await tx.clinicContact.count({ where: { clinicId: input.clinicId } })) >= MAX_CONTACTS_PER_CLINIC) return { result: "invalid", fields: { email: "tooManyContacts" } };
      const contact = await tx.clinicContact.create({ data: { clinicId: input.clinicId, email: input.email, label: input.label ?? null } });
      await tx.clinicContactChange.create({ data: { clinicId: input.clinicId, kind: "ADDED", after: written(contact), actorId } });
      return "done";
    });
  } catch (error) {
    if (isDuplicate(error)) return taken;
    throw error;
  }
}

export async function changeClinicContact(actorId: string, input: ChangeContactInput): Promise<ContactOutcome> {
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.clinicContact.findUnique({ where: { id: input.contactId } });
      if (!before) return "notFound";
      const after = await tx.clinicContact.update({ where: { id: input.contactId }, data: { email: input.email, label: input.label ?? null } });
      if (written(before) !== written(after)) {
        await tx.clinicContactChange.create({ data: { clinicId: before.clinicId, kind: "CHANGED", before: written(before), after: written(after), actorId } });
      }
      return "done";
    });
  } catch (error) {
    if (isDuplicate(error)) return taken;
    // Removed by another admin between the read and the update.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") return "notFound";
    throw error;
  }
}

export async function removeClinicContact(actorId: string, input: RemoveContactInput): Promise<ContactOutcome> {
  return db.$transaction(async (tx) => {
    const [removed] = await tx.clinicContact.findMany({ where: { id: input.contactId } });
    const { count } = await tx.clinicContact.deleteMany({ where: { id: input.contactId } });
    if (!removed || count === 0) return "notFound";
    await tx.clinicContactChange.create({ data: { clinicId: removed.clinicId, kind: "REMOVED", before: written(removed), actorId } });
    return "done";
  });
}
