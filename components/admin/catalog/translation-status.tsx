"use client";

import { createContext, useContext, useMemo, useState } from "react";
import { outdatedFields, sameField, translationStatus, type OutdatedField } from "@/lib/catalog-editing/translation-status";
import type { TranslationLocale } from "@/lib/validation/catalog-content/fields";

type TranslatableDocument = Parameters<typeof outdatedFields>[0];

interface TranslationStatusValue {
  /** Where a locale stands in the item as last saved, less what the editor has confirmed since. */
  statusOf: (locale: TranslationLocale) => ReturnType<typeof translationStatus>;
  isOutdated: (field: OutdatedField) => boolean;
  confirm: (field: OutdatedField) => void;
}

const TranslationStatusContext = createContext<TranslationStatusValue | null>(null);

/**
 * The item's translation status as the server last saved it. Confirming an outdated translation as still right shows
 * at once and is sent with the next save, which is what makes it current.
 */
export function useTranslationStatusState(document: TranslatableDocument) {
  const [saved, setSaved] = useState({ document, outdated: outdatedFields(document) });
  const [confirmed, setConfirmed] = useState<OutdatedField[]>([]);
  const value = useMemo<TranslationStatusValue>(() => {
    const outdated = saved.outdated.filter((field) => !confirmed.some(sameField(field)));
    return {
      statusOf: (locale) => translationStatus(saved.document, locale, outdated),
      isOutdated: (field) => outdated.some(sameField(field)),
      confirm: (field) => setConfirmed((current) => [...current, field]),
    };
  }, [saved, confirmed]);
  return {
    value,
    confirmed,
    /** After a save: the document as saved and the translations the server found outdated in it. */
    onSaved: (savedDocument: TranslatableDocument, outdated: OutdatedField[]) => {
      setSaved({ document: savedDocument, outdated });
      setConfirmed([]);
    },
  };
}

export const TranslationStatusProvider = TranslationStatusContext.Provider;

export function useTranslationStatus() {
  const value = useContext(TranslationStatusContext);
  if (!value) throw new Error("useTranslationStatus needs a TranslationStatusProvider");
  return value;
}
