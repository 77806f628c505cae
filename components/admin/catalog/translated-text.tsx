"use client";

import { useTranslations } from "next-intl";
import { useFormContext, useWatch } from "react-hook-form";
import { textDirection, type Locale } from "@/lib/i18n/locales";
import { RichText } from "@/components/catalog/rich-text";
import { EditorField } from "./editor-field";
import { useTranslationStatus } from "./translation-status";
import styles from "./translated-text.module.css";
import { buttonClassName } from "@/components/ui/button";
import tag from "@/components/ui/tag.module.css";

export type TextKind = "line" | "area" | "rich";
/** The translation being edited beside English, with its name in the editor's language; undefined edits English. */
export type Translation = { locale: Exclude<Locale, "en">; name: string } | undefined;

/**
 * One text of the item (its name, an offer's "includes"…). English is the reference: edited on its own, or shown
 * read-only beside the translation being edited (side by side on a wide screen, stacked on a phone), with a warning
 * when the English changed after the translation was saved.
 */
export function TranslatedText({ base, block = "", field, kind, label, translation }: { base: string; block?: string; field: string; kind: TextKind; label: string; translation: Translation }) {
  const t = useTranslations("Admin.catalog");
  if (!translation) return <TextInput name={`${base}.en.${field}`} kind={kind} label={label} locale="en" />;
  return (
    <div className={styles.pair}>
      <EnglishOriginal name={`${base}.en.${field}`} label={`${label} · ${t("englishOriginal")}`} kind={kind} />
      <div>
        <OutdatedWarning field={{ block, locale: translation.locale, field }} label={`${label} · ${translation.name}`} />
        <TextInput name={`${base}.${translation.locale}.${field}`} kind={kind} label={`${label} · ${translation.name}`} locale={translation.locale} />
      </div>
    </div>
  );
}

function OutdatedWarning({ field, label }: { field: Parameters<ReturnType<typeof useTranslationStatus>["confirm"]>[0]; label: string }) {
  const t = useTranslations("Admin.catalog");
  const status = useTranslationStatus();
  if (!status.isOutdated(field)) return null;
  return (
    <p className={styles.outdated}>
      <span className={tag.tag}>{t("translationState.outdated")}</span> {t("outdatedTranslation")}{" "}
      <button type="button" className={buttonClassName("secondary")} onClick={() => status.confirm(field)} aria-label={t("stillCorrectLabel", { field: label })}>
        {t("stillCorrect")}
      </button>
    </p>
  );
}

function TextInput({ name, kind, label, locale }: { name: string; kind: TextKind; label: string; locale: Locale }) {
  const t = useTranslations("Admin.catalog");
  const { register } = useFormContext();
  const direction = textDirection(locale);
  const value = useWatch({ name, disabled: kind !== "rich" }) as string | undefined;
  return (
    <div>
      <EditorField name={name} label={label} hint={kind === "rich" ? t("richTextHint") : undefined}>
        {(describedBy, invalid) =>
          kind === "line" ? (
            <input id={name} lang={locale} dir={direction} {...register(name)} aria-describedby={describedBy} aria-invalid={invalid} />
          ) : (
            <textarea id={name} lang={locale} dir={direction} rows={kind === "rich" ? 8 : 3} {...register(name)} aria-describedby={describedBy} aria-invalid={invalid} />
          )
        }
      </EditorField>
      {kind === "rich" && (
        <details className={styles.preview}>
          <summary>{t("preview")}</summary>
          <div lang={locale} dir={direction}>
            <RichText text={value ?? ""} />
          </div>
        </details>
      )}
    </div>
  );
}

function EnglishOriginal({ name, label, kind }: { name: string; label: string; kind: TextKind }) {
  const value = useWatch({ name }) as string | undefined;
  return (
    <div className={styles.original}>
      <p className={styles.originalLabel}>{label}</p>
      <div lang="en" dir="ltr" className={kind === "line" ? undefined : styles.originalText}>
        {kind === "rich" ? <RichText text={value ?? ""} /> : value}
      </div>
    </div>
  );
}
