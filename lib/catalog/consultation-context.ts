import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import type { ConsultationContextInput } from "@/lib/validation/consultation-context";
import { inLocale, translated } from "./translation";

/** Names of the treatment, clinic and doctor a visitor came from; unknown slugs are simply left out. */
export async function resolveConsultationContext(locale: Locale, context: ConsultationContextInput) {
  const [treatment, clinic, doctor] = await Promise.all([
    context.treatment
      ? db.treatment.findUnique({ where: { slug: context.treatment }, include: { translations: inLocale(locale) } })
      : null,
    context.clinic
      ? db.clinic.findUnique({ where: { slug: context.clinic }, include: { translations: inLocale(locale) } })
      : null,
    context.doctor
      ? db.doctor.findUnique({ where: { slug: context.doctor }, include: { translations: inLocale(locale) } })
      : null,
  ]);
  const named = (row: { slug: string; translations: { name: string }[] } | null) =>
    row ? { slug: row.slug, name: translated(row.translations, row.slug).name } : null;
  return { treatment: named(treatment), clinic: named(clinic), doctor: named(doctor) };
}
