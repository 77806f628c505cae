import { notFound } from "next/navigation";
import { AdminBar } from "@/components/admin/admin-bar";
import { editorPath } from "@/components/admin/catalog/editor-paths";
import { ItemHistory } from "@/components/admin/catalog/item-history";
import type { CatalogItemKind } from "@/lib/generated/prisma/client";
import { loadItemHistory } from "@/lib/catalog-editing/item-history";
import { requireStaffPage } from "@/lib/auth/require-staff";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import layout from "@/components/ui/layout.module.css";

/** The history page of a clinic or of a doctor (the routes' folders differ only by the kind). */
export async function ItemHistoryPage({ kind, params }: { kind: CatalogItemKind; params: Promise<{ locale: string; id: string }> }) {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  const staff = await requireStaffPage({ locale, path: `/${locale}${editorPath(kind, id)}/history`, role: "editor" });
  const history = await loadItemHistory(kind, id);
  if (!history) notFound();
  return (
    <div className={layout.page}>
      <AdminBar staff={staff} locale={locale} />
      <ItemHistory kind={kind} itemId={id} history={history} />
    </div>
  );
}
