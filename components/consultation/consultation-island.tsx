import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { ConsultationLink, type ConsultationContext } from "./consultation-link";
import { CompactConsultation } from "./compact-consultation";
import cta from "./cta-panel.module.css";

/**
 * The end-of-page call to action on catalog pages: one button opens a compact form in place; the full form is a
 * plain link, so the two do not compete.
 */
export function ConsultationIsland({
  context,
  treatment,
}: {
  context: ConsultationContext;
  treatment?: { slug: string; name: string; records: { key: string; name: string; required: boolean }[] };
}) {
  const t = useTranslations("Consultation");
  const locale = useLocale() as Locale;
  return (
    <section className={cta.section} aria-labelledby="ask-here">
      <h2 id="ask-here">{t("compactTitle")}</h2>
      <p>{t("ctaLead")}</p>
      <CompactConsultation
        context={context}
        locale={locale}
        treatments={treatment ? [treatment] : []}
        labels={{ open: t("compactOpen"), loading: t("compactLoading"), failed: t("compactFailed") }}
      />
      <p>
        <ConsultationLink context={context} variant="plain" />
      </p>
    </section>
  );
}
