import { getFormatter, getTranslations } from "next-intl/server";
import type { listNewItemDrafts } from "@/lib/catalog-editing/drafts";
import { Link } from "@/lib/i18n/link";
import workspace from "@/components/admin/workspace.module.css";

type NewDraft = Awaited<ReturnType<typeof listNewItemDrafts>>[number];

/** Clinics and doctors saved as drafts but never published: listed so no one's work is lost. */
export async function NewDraftsTable({ drafts }: { drafts: NewDraft[] }) {
  const [t, format] = await Promise.all([getTranslations("Admin.catalog"), getFormatter()]);
  return (
    <>
      <h2>{t("newDrafts")}</h2>
      <p>{t("newDraftsIntro")}</p>
      <div className={workspace.tableScroll} tabIndex={0} role="region" aria-label={t("newDrafts")}>
        <table className={workspace.table}>
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("kind")}</th>
              <th scope="col">{t("draft")}</th>
            </tr>
          </thead>
          <tbody>
            {drafts.map((draft) => (
              <tr key={draft.id}>
                <th scope="row">
                  <Link href={`/admin/catalog/${draft.kind === "CLINIC" ? "clinics" : "doctors"}/new?draft=${draft.id}`} {...(draft.name ? { lang: "en", dir: "ltr" } : {})}>
                    {draft.name || t("untitled")}
                  </Link>
                </th>
                <td>{t(draft.kind === "CLINIC" ? "kindClinic" : "kindDoctor")}</td>
                <td>{t("savedBy", { name: draft.updatedBy ?? t("someone"), date: format.dateTime(draft.updatedAt, { dateStyle: "medium", timeStyle: "short" }) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
