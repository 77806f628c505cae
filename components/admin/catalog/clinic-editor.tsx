"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { TranslationLocale } from "@/lib/validation/catalog-content/fields";
import { FormProvider, useForm, type Resolver } from "react-hook-form";
import { clinicContentSchema, type ClinicContent } from "@/lib/validation/catalog-content/clinics";
import { useHydrated } from "@/components/forms/use-hydrated";
import { SubmitButton } from "@/components/forms/submit-button";
import { buttonClassName } from "@/components/ui/button";
import { adminFormClassName } from "@/components/admin/admin-form";
import { ClinicFactsFields } from "./clinic-facts-fields";
import { ClinicTextFields } from "./clinic-text-fields";
import { EditorOutcomeNotice } from "./editor-outcome";
import { OfferFields, type OfferContext } from "./offer-fields";
import { TranslationSwitch } from "./translation-switch";
import type { Translation } from "./translated-text";
import { TranslationStatusProvider, useTranslationStatusState } from "./translation-status";
import { useClinicEditorActions, type EditorPosition } from "./use-clinic-editor-actions";
import { withoutEmptyTranslations } from "./without-empty-translations";
import styles from "./clinic-editor.module.css";

const checkClinic = zodResolver(clinicContentSchema) as unknown as Resolver<ClinicContent>;
const isBlank = (value: unknown) => value === undefined || value === "" || Number.isNaN(value);

/**
 * Empty service-fee fields mean "no fee stated" (the document has no serviceFee), not a fee of nothing; a translation
 * left wholly empty is one not made yet.
 */
const resolver: Resolver<ClinicContent> = (values, context, options) => {
  const { serviceFee, ...rest } = values;
  const feeGiven = serviceFee && !Object.values(serviceFee).every(isBlank);
  const document = { ...rest, ...(feeGiven ? { serviceFee } : {}), text: withoutEmptyTranslations(values.text), offers: values.offers.map((offer) => ({ ...offer, text: withoutEmptyTranslations(offer.text) })) };
  return checkClinic(document, context, options);
};

/**
 * The clinic editor: one form over the whole clinic document, checked in the browser by the schema the server checks
 * it with again. Saving keeps a draft; publishing saves, then puts that draft on the public site.
 */
export function ClinicEditor({
  document,
  position,
  offerContext,
  languages,
  initialTranslation,
}: {
  document: ClinicContent;
  position: EditorPosition;
  offerContext: Omit<OfferContext, "translation">;
  languages: NonNullable<Translation>[];
  /** The translation to show beside English first (the translations to-do list links to one). */
  initialTranslation?: TranslationLocale;
}) {
  const t = useTranslations("Admin.catalog");
  const form = useForm<ClinicContent>({ resolver, defaultValues: document });
  const [translation, setTranslation] = useState<Translation>(() => languages.find((language) => language.locale === initialTranslation));
  const translations = useTranslationStatusState(document);
  const { outcome, setOutcome, pending, send } = useClinicEditorActions(position, translations.onSaved);
  const ready = useHydrated();
  const refused = () => setOutcome({ result: "checkFields" });
  const submit = (intent: "save" | "publish") => form.handleSubmit((values) => send(intent, values, translations.confirmed), refused);
  // The server's check (unknown references, a taken slug) names each field as "offers[0].priceSource: message".
  useEffect(() => {
    if (outcome?.result !== "invalid" || !("errors" in outcome)) return;
    for (const error of outcome.errors) {
      const [path = "", ...message] = error.split(": ");
      form.setError(path.replace(/\[(\d+)\]/g, ".$1") as "slug", { message: message.join(": ") });
    }
  }, [outcome, form]);
  return (
    <FormProvider {...form}>
      <TranslationStatusProvider value={translations.value}>
        <form className={adminFormClassName} onSubmit={submit("save")} noValidate data-ready={ready || undefined}>
        <EditorOutcomeNotice outcome={outcome} treatmentNames={offerContext.treatmentNames} />
        <TranslationSwitch languages={languages} value={translation} onChange={setTranslation} />
        <ClinicFactsFields />
        <ClinicTextFields translation={translation} />
        <OfferFields {...offerContext} translation={translation} />
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
