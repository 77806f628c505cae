import { getTranslations } from "next-intl/server";
import { inEveryLocale, shareImageResponse } from "@/lib/seo/share-image/share-image-response";

export const revalidate = 3600;
export const generateStaticParams = () => inEveryLocale();

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/clinics/share.png">) {
  return shareImageResponse((await params).locale, async (locale) => {
    const t = await getTranslations({ locale, namespace: "Metadata" });
    return { title: t("clinicsTitle"), summary: t("clinicsDescription") };
  });
}
