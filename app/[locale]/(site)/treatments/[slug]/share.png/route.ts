import { getTranslations } from "next-intl/server";
import { listCatalogSlugs } from "@/lib/catalog/slugs";
import { getTreatment } from "@/lib/catalog/treatments";
import { listOf } from "@/lib/i18n/display-names";
import { inEveryLocale, shareImageResponse } from "@/lib/seo/share-image/share-image-response";

export const revalidate = 3600;

export async function generateStaticParams() {
  return inEveryLocale((await listCatalogSlugs()).treatments.map((slug) => ({ slug })));
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/treatments/[slug]/share.png">) {
  const { locale, slug } = await params;
  return shareImageResponse(locale, async (locale) => {
    const treatment = await getTreatment(slug, locale);
    if (!treatment) return undefined;
    const t = await getTranslations({ locale, namespace: "Treatment" });
    const conditions = treatment.conditions.map((condition) => condition.name);
    return {
      kicker: conditions.length ? t("forCondition", { condition: listOf(locale, conditions) }) : undefined,
      title: treatment.name,
      summary: treatment.summary,
    };
  });
}
