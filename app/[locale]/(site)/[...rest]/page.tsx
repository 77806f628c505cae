import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { notFoundMetadata } from "@/lib/seo/metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/[...rest]">): Promise<Metadata> {
  return notFoundMetadata(await resolvePageLocale(params));
}

export default function CatchAllPage() {
  notFound();
}
