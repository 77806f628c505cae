import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { ConsultationForm } from "@/components/consultation/consultation-form";
import { countryOptions } from "@/components/consultation/countries";
import { locales } from "@/lib/i18n/locales";
import { listConsultationOptions } from "@/lib/catalog/consultation-options";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { createFormToken } from "@/lib/leads/form-token";
import { pageMetadata } from "@/lib/seo/metadata";
import { consultationContextSchema } from "@/lib/validation/consultation-context";
import styles from "./page.module.css";
import layout from "@/components/ui/layout.module.css";

export async function generateMetadata({ params }: PageProps<"/[locale]/consultation">): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return pageMetadata({
    locale,
    path: "/consultation",
    title: t("consultationTitle"),
    description: t("consultationDescription"),
  });
}

// Rendered per request: it signs the time at which the form was shown (the spam time trap).
export default async function ConsultationPage({ params, searchParams }: PageProps<"/[locale]/consultation">) {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations("Consultation");
  const tForm = await getTranslations("ConsultationForm");
  const context = consultationContextSchema.parse(await searchParams);
  const [options, messages] = await Promise.all([listConsultationOptions(locale), getMessages()]);
  const known = <T extends { slug: string }>(slug: string | undefined, list: T[]) =>
    list.some((item) => item.slug === slug) ? slug : undefined;

  // The form first, so its first field is on a phone's first screen; what reassures beside it (wide) or after it.
  return (
    <div className={`${layout.page} ${styles.layout}`}>
      <h1 className={styles.title}>{t("title")}</h1>
      <NextIntlClientProvider messages={{ ConsultationForm: messages.ConsultationForm, Error: messages.Error }}>
        <ConsultationForm
          locale={locale}
          formToken={createFormToken()}
          context={{
            treatment: known(context.treatment, options.treatments),
            clinic: known(context.clinic, options.clinics),
            doctor: known(context.doctor, options.doctors),
          }}
          {...options}
          countries={countryOptions(locale)}
          languages={locales.map((code) => ({ code, name: new Intl.DisplayNames([code], { type: "language" }).of(code) ?? code }))}
        />
      </NextIntlClientProvider>
      <aside className={styles.reassurance}>
        <p>{t("lead")}</p>
        <p>{t("ctaLead")}</p>
        <p>{tForm("intro")}</p>
      </aside>
    </div>
  );
}
