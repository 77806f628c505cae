import "server-only";
import { db } from "@/lib/db";
import type { CatalogItemKind } from "@/lib/generated/prisma/client";
import { readClinics, readDoctors } from "@/lib/catalog-content/read-clinics";
import { clinicContentSchema } from "@/lib/validation/catalog-content/clinics";
import { doctorContentSchema } from "@/lib/validation/catalog-content/doctors";
import { translationLocales, type TranslationLocale } from "@/lib/validation/catalog-content/fields";
import { translationStatus } from "./translation-status";

type Document = Parameters<typeof translationStatus>[0] & { text: { en: { name: string } } };

/**
 * Per locale, every clinic and doctor with a part not translated yet or translated from an older English text, as the
 * editors left it: an item's saved draft counts rather than its published version, so work done shows at once.
 */
export async function listTranslationWork() {
  const [clinics, doctors, drafts] = await Promise.all([
    readClinics(db),
    readDoctors(db),
    db.catalogDraft.findMany({ where: { itemId: { not: null } }, select: { kind: true, itemId: true, document: true } }),
  ]);
  const draftOf = (kind: CatalogItemKind, id: string) => {
    const draft = drafts.find((each) => each.kind === kind && each.itemId === id);
    const parsed = draft && (kind === "CLINIC" ? clinicContentSchema : doctorContentSchema).safeParse(draft.document);
    return parsed?.success ? (parsed.data as Document) : undefined;
  };
  const items = [
    ...clinics.map((clinic) => ({ kind: "CLINIC" as const, id: clinic.id, document: draftOf("CLINIC", clinic.id) ?? (clinic.document as Document) })),
    ...doctors.map((doctor) => ({ kind: "DOCTOR" as const, id: doctor.id, document: draftOf("DOCTOR", doctor.id) ?? (doctor.document as Document) })),
  ];
  const workIn = (locale: TranslationLocale) =>
    items.flatMap(({ kind, id, document }) => {
      const status = translationStatus(document, locale);
      return status.state === "current" ? [] : [{ kind, id, name: document.text.en.name, missing: status.missing, outdated: status.outdated }];
    });
  return Object.fromEntries(translationLocales.map((locale) => [locale, workIn(locale)])) as Record<TranslationLocale, TranslationWork[]>;
}

export interface TranslationWork {
  kind: CatalogItemKind;
  id: string;
  name: string;
  missing: string[];
  outdated: ReturnType<typeof translationStatus>["outdated"];
}
