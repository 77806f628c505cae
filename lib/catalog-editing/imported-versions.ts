import "server-only";
import type { CatalogItemKind, PrismaClient } from "@/lib/generated/prisma/client";
import type { ImportReport } from "@/lib/catalog-content/report";
import { readItemDocument } from "./item-document";
import { recordVersion } from "./versions";

const editedKinds = [
  ["CLINIC", "clinics"],
  ["DOCTOR", "doctors"],
] as const satisfies readonly [CatalogItemKind, keyof ImportReport][];

/**
 * After an import, each clinic and doctor it created or changed gets a version (IMPORTED) holding what the file gave
 * it, so its history starts there and an editor can come back to it. Returns how many versions were recorded.
 */
export async function recordImportedVersions(db: PrismaClient, report: ImportReport): Promise<number> {
  let recorded = 0;
  for (const [kind, reportKind] of editedKinds) {
    const { created, updated } = report[reportKind];
    for (const slug of [...created, ...updated]) {
      const where = { where: { slug }, select: { id: true } };
      const item = kind === "CLINIC" ? await db.clinic.findUnique(where) : await db.doctor.findUnique(where);
      const document = item && (await readItemDocument(db, kind, item.id));
      if (!item || !document) continue;
      await db.$transaction((tx) => recordVersion(tx, { kind, itemId: item.id, action: "IMPORTED", document, actorId: null }));
      recorded += 1;
    }
  }
  return recorded;
}
