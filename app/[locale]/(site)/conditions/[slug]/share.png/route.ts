import { getCondition } from "@/lib/catalog/conditions";
import { listCatalogSlugs } from "@/lib/catalog/slugs";
import { inEveryLocale, shareImageResponse } from "@/lib/seo/share-image/share-image-response";

export const revalidate = 3600;

export async function generateStaticParams() {
  return inEveryLocale((await listCatalogSlugs()).conditions.map((slug) => ({ slug })));
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/conditions/[slug]/share.png">) {
  const { locale, slug } = await params;
  return shareImageResponse(locale, async (locale) => {
    const condition = await getCondition(slug, locale);
    return condition ? { title: condition.name, summary: condition.summary } : undefined;
  });
}
