"use client";

import { NextIntlClientProvider, type Messages } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { FormTokenAnswer } from "@/lib/validation/consultation-request";
import { ConsultationForm, type ConsultationFormProps } from "./consultation-form";
import { countryOptions } from "./countries";

type Loaded = { messages: Messages; formToken: string } | "failed" | null;

/** The form's code, messages and a fresh form token, fetched only when the visitor opens the form on a catalog page. */
export function CompactForm({
  context,
  treatments,
  locale,
  loadingLabel,
  failedLabel,
}: Pick<ConsultationFormProps, "context" | "treatments"> & { locale: Locale; loadingLabel: string; failedLabel: string }) {
  const [loaded, setLoaded] = useState<Loaded>(null);
  const countries = useMemo(() => countryOptions(locale), [locale]);
  useEffect(() => {
    Promise.all([
      import(`@/messages/${locale}.json`) as Promise<{ default: Messages }>,
      fetch("/api/consultations/form-token").then((response) => response.json() as Promise<FormTokenAnswer>),
    ]).then(
      ([messages, { formToken }]) => setLoaded({ messages: messages.default, formToken }),
      () => setLoaded("failed"),
    );
  }, [locale]);

  if (loaded === null) return <p role="status">{loadingLabel}</p>;
  if (loaded === "failed") return <p role="alert">{failedLabel}</p>;
  return (
    <NextIntlClientProvider locale={locale} messages={{ ConsultationForm: loaded.messages.ConsultationForm }}>
      <ConsultationForm
        compact
        focusOnOpen
        locale={locale}
        formToken={loaded.formToken}
        context={context}
        treatments={treatments}
        clinics={[]}
        doctors={[]}
        countries={countries}
        languages={[]}
      />
    </NextIntlClientProvider>
  );
}
