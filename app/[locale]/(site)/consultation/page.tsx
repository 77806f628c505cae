import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveConsultationContext } from "@/lib/catalog/consultation-context";
import { Link } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { pageMetadata } from "@/lib/seo/metadata";
import { consultationContextSchema } from "@/lib/validation/consultation-context";

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

// Placeholder until the consultation form lands: it already receives and shows the page context.
export default async function ConsultationPage({ params, searchParams }: PageProps<"/[locale]/consultation">) {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations("Consultation");
  const context = await resolveConsultationContext(locale, consultationContextSchema.parse(await searchParams));
  const chosen = (["treatment", "clinic", "doctor"] as const).flatMap((kind) => {
    const item = context[kind];
    return item ? [{ kind, ...item }] : [];
  });

  return (
    <div className="container narrow page">
      <header className="page__header">
        <h1>{t("title")}</h1>
        <p className="lead">{t("lead")}</p>
      </header>
      <section aria-labelledby="context" className="card">
        <h2 id="context">{t("contextTitle")}</h2>
        {chosen.length === 0 ? (
          <p>{t("noContext")}</p>
        ) : (
          <dl className="facts" data-testid="consultation-context">
            {chosen.map((item) => (
              <div key={item.kind}>
                <dt>{t(item.kind)}</dt>
                <dd>{item.name}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      <section aria-labelledby="coming" className="notice">
        <h2 id="coming">{t("formComingTitle")}</h2>
        <p>{t("formComingBody")}</p>
        <Link href="/treatments">{t("changeChoice")}</Link>
      </section>
    </div>
  );
}
