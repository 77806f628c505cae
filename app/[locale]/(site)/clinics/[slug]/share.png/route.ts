import { getTranslations } from "next-intl/server";
import { getClinic } from "@/lib/catalog/clinics";
import { redirectIfRenamed } from "@/lib/catalog/slug-redirects";
import { listCatalogSlugs } from "@/lib/catalog/slugs";
import { countryName } from "@/lib/i18n/display-names";
import { inEveryLocale, shareImageResponse } from "@/lib/seo/share-image/share-image-response";

export const revalidate = 3600;

export async function generateStaticParams() {
  return inEveryLocale((await listCatalogSlugs()).clinics.map((slug) => ({ slug })));
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/clinics/[slug]/share.png">) {
  const { locale, slug } = await params;
  return shareImageResponse(locale, async (locale) => {
    const clinic = await getClinic(slug, locale);
    if (!clinic) {
      await redirectIfRenamed("CLINIC", slug, locale, "/share.png");
      return undefined;
    }
    const t = await getTranslations({ locale, namespace: "Clinics" });
    const kicker = t("cityInCountry", { city: clinic.city, country: countryName(locale, clinic.countryCode) });
    return { kicker, title: clinic.name, summary: clinic.summary };
  });
}
