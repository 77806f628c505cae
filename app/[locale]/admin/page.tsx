import { redirect } from "next/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-locale";

export default async function AdminHome({ params }: PageProps<"/[locale]/admin">) {
  const locale = await resolvePageLocale(params);
  redirect(`/${locale}/admin/leads`);
}
