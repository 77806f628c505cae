import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolvePageLocale } from "@/lib/i18n/page-locale";

type AdminTitle = "signIn.title" | "leads.title" | "lead.title" | "account.title" | "users.title" | "settings.title" | "quarantine.title" | "catalog.title" | "catalog.editorTitle" | "catalog.historyTitle" | "catalog.translations.title" | "catalog.draftPreview.title" | "catalog.doctorEditorTitle" | "catalog.doctorHistoryTitle" | "clinicContacts.title";

/** A workspace page's title in its locale (the admin layout adds noindex). */
export function adminPageMetadata(title: AdminTitle) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const locale = await resolvePageLocale(params);
    const t = await getTranslations({ locale, namespace: "Admin" });
    return { title: t(title) };
  };
}
