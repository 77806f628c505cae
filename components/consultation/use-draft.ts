"use client";

import { useEffect, useRef, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { ConsultationInput } from "@/lib/validation/consultation";

const storageKey = "careport:consultation-draft";

/**
 * Keeps what the visitor typed (never the files) in this browser until the request is sent, so a reload or a
 * closed tab loses nothing. Context from the page they came from wins over the draft.
 */
export function useDraft(form: UseFormReturn<ConsultationInput>, context: Partial<ConsultationInput>) {
  const [restored, setRestored] = useState(false);
  const loaded = useRef(false);

  useEffect(() => {
    // Restored once; the subscription below is made again each time the effect runs (twice in development).
    if (!loaded.current) {
      loaded.current = true;
      try {
        const saved = JSON.parse(localStorage.getItem(storageKey) ?? "null") as Partial<ConsultationInput> | null;
        if (saved && typeof saved === "object") {
          const withoutEmpty = Object.fromEntries(Object.entries(context).filter(([, value]) => value));
          form.reset({ ...form.getValues(), ...saved, ...withoutEmpty, consent: saved.consent === true ? true : undefined } as ConsultationInput);
          // eslint-disable-next-line react-hooks/set-state-in-effect -- the draft lives in localStorage, readable only after hydration
          setRestored(true);
        }
      } catch {
        localStorage.removeItem(storageKey);
      }
    }
    const subscription = form.watch((values) => {
      localStorage.setItem(storageKey, JSON.stringify(values));
    });
    return () => subscription.unsubscribe();
  }, [form, context]);

  return { restored, clear: () => localStorage.removeItem(storageKey) };
}
