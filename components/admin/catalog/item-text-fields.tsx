"use client";

import { useTranslations } from "next-intl";
import { TranslatedText, type TextKind, type Translation } from "./translated-text";
import { MissingTranslationNote } from "./translation-switch";

export type TextField = { field: "name" | "city" | "summary" | "metaDescription" | "description" | "title" | "bio"; kind: TextKind };

export const clinicTexts: TextField[] = [
  { field: "name", kind: "line" },
  { field: "city", kind: "line" },
  { field: "summary", kind: "area" },
  { field: "metaDescription", kind: "area" },
  { field: "description", kind: "rich" },
];

export const doctorTexts: TextField[] = [
  { field: "name", kind: "line" },
  { field: "title", kind: "line" },
  { field: "metaDescription", kind: "area" },
  { field: "bio", kind: "rich" },
];

/** The item's own texts: in English, or a translation beside its English original. */
export function ItemTextFields({ texts, translation }: { texts: TextField[]; translation: Translation }) {
  const t = useTranslations("Admin.catalog");
  return (
    <fieldset>
      <legend>{translation ? t("translatedText", { language: translation.name }) : t("englishText")}</legend>
      <MissingTranslationNote block="" translation={translation} />
      {texts.map(({ field, kind }) => (
        <TranslatedText key={field} base="text" field={field} kind={kind} label={t(`fields.${field}`)} translation={translation} />
      ))}
    </fieldset>
  );
}
