import { useTranslations } from "next-intl";
import type messages from "@/messages/en.json";

type SpecialtyKey = keyof (typeof messages)["Specialties"];

export function SpecialtyLabel({ specialty }: { specialty: string }) {
  const t = useTranslations("Specialties");
  return t.has(specialty as SpecialtyKey) ? t(specialty as SpecialtyKey) : specialty;
}
