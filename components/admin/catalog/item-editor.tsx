"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState, type ReactNode } from "react";
import { FormProvider, useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import type { CatalogItemKind } from "@/lib/generated/prisma/enums";
import type { TranslationLocale } from "@/lib/validation/catalog-content/fields";
import { useHydrated } from "@/components/forms/use-hydrated";
import { SubmitButton } from "@/components/forms/submit-button";
import { buttonClassName } from "@/components/ui/button";
import { adminFormClassName } from "@/components/admin/admin-form";
import { EditorOutcomeNotice } from "./editor-outcome";
import { ReviewFields } from "./review-fields";
import { TranslationSwitch } from "./translation-switch";
import type { Translation } from "./translated-text";
import { TranslationStatusProvider, useTranslationStatusState } from "./translation-status";
import { useEditorActions, type EditorPosition } from "./use-editor-actions";
import styles from "./item-editor.module.css";

type Translatable = Parameters<typeof useTranslationStatusState>[0];

export interface ItemEditorProps<Document> {
  document: Document;
  position: EditorPosition;
  languages: NonNullable<Translation>[];
  /** The translation to show beside English first (the translations to-do list links to one). */
  initialTranslation?: TranslationLocale;
  treatmentNames: Record<string, string>;
  reviewerNames: Record<string, string>;
}

/**
 * One form over a whole clinic or doctor document, checked in the browser by the schema the server checks it with
 * again. Saving keeps a draft; publishing saves, then puts that draft on the public site. `fields` lays out the
 * item's own fields, in English or beside the translation shown.
 */
export function ItemEditor<Document extends FieldValues & Translatable>({
  kind,
  resolver,
  fields,
  document,
  position,
  languages,
  initialTranslation,
  treatmentNames,
  reviewerNames,
}: ItemEditorProps<Document> & { kind: CatalogItemKind; resolver: Resolver<Document>; fields: (translation: Translation) => ReactNode }) {
  const t = useTranslations("Admin.catalog");
  const form = useForm<Document>({ resolver, defaultValues: document as DefaultValues<Document> });
  const [translation, setTranslation] = useState<Translation>(() => languages.find((language) => language.locale === initialTranslation));
  const translations = useTranslationStatusState(document);
  const { outcome, setOutcome, pending, send } = useEditorActions<Document>(kind, position, translations.onSaved);
  const ready = useHydrated();
  const refused = () => setOutcome({ result: "checkFields" });
  const submit = (intent: "save" | "publish") => form.handleSubmit((values) => send(intent, values, translations.confirmed), refused);
  // The server's check (unknown references, a taken slug) names each field as "offers[0].priceSource: message".
  useEffect(() => {
    if (outcome?.result !== "invalid" || !("errors" in outcome)) return;
    for (const error of outcome.errors) {
      const [path = "", ...message] = error.split(": ");
      form.setError(path.replace(/\[(\d+)\]/g, ".$1") as Path<Document>, { message: message.join(": ") });
    }
  }, [outcome, form]);
  return (
    <FormProvider {...form}>
      <TranslationStatusProvider value={translations.value}>
        <form className={adminFormClassName} onSubmit={submit("save")} noValidate data-ready={ready || undefined}>
          <EditorOutcomeNotice kind={kind} outcome={outcome} treatmentNames={treatmentNames} />
          <TranslationSwitch languages={languages} value={translation} onChange={setTranslation} />
          {fields(translation)}
          <ReviewFields reviewerNames={reviewerNames} />
          <div className={styles.buttons}>
            <SubmitButton pending={pending}>{pending ? t("saving") : t("save")}</SubmitButton>
            <button type="button" className={buttonClassName("primary")} disabled={pending} aria-busy={pending} onClick={submit("publish")}>
              {pending ? t("publishing") : t("publish")}
            </button>
          </div>
        </form>
      </TranslationStatusProvider>
    </FormProvider>
  );
}
