import { getDoctor } from "@/lib/catalog/doctors";
import { redirectIfRenamed } from "@/lib/catalog/slug-redirects";
import { listCatalogSlugs } from "@/lib/catalog/slugs";
import { listOf } from "@/lib/i18n/display-names";
import { inEveryLocale, shareImageResponse } from "@/lib/seo/share-image/share-image-response";

export const revalidate = 3600;

export async function generateStaticParams() {
  return inEveryLocale((await listCatalogSlugs()).doctors.map((slug) => ({ slug })));
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/doctors/[slug]/share.png">) {
  const { locale, slug } = await params;
  return shareImageResponse(locale, async (locale) => {
    const doctor = await getDoctor(slug, locale);
    if (!doctor) {
      await redirectIfRenamed("DOCTOR", slug, locale, "/share.png");
      return undefined;
    }
    return { kicker: doctor.title, title: doctor.name, summary: listOf(locale, doctor.clinics.map((clinic) => clinic.name)) };
  });
}
