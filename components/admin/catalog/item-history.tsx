import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import type { CatalogItemKind } from "@/lib/generated/prisma/client";
import type { loadItemHistory } from "@/lib/catalog-editing/item-history";
import { Link } from "@/lib/i18n/link";
import { noticeClassName } from "@/components/ui/notice";
import card from "@/components/ui/card.module.css";
import text from "@/components/ui/text.module.css";
import { DocumentChanges } from "./document-changes";
import { editorPath } from "./editor-paths";
import { RestoreVersionForm } from "./restore-version-form";
import styles from "./item-history.module.css";

type History = NonNullable<Awaited<ReturnType<typeof loadItemHistory>>>;

/** Every published version of a clinic or doctor, newest first: who, when, what changed, and restoring an earlier one. */
export async function ItemHistory({ kind, itemId, history }: { kind: CatalogItemKind; itemId: string; history: History }) {
  const [t, format, messages] = await Promise.all([getTranslations("Admin.catalog"), getFormatter(), getMessages()]);
  const [latest] = history.versions;
  return (
    <>
      <p>
        <Link href={editorPath(kind, itemId)}>{t(kind === "CLINIC" ? "editorTitle" : "doctorEditorTitle")}</Link> · <Link href="/admin/catalog">{t("backToCatalog")}</Link>
      </p>
      <h1>{t("historyHeading", { name: history.name })}</h1>
      <p className={text.lead}>{t("historyIntro")}</p>
      {!latest && <p className={noticeClassName()}>{t("noVersions")}</p>}
      <NextIntlClientProvider messages={{ Admin: messages.Admin }}>
        <ol className={styles.versions} reversed>
          {history.versions.map((version) => {
            const values = { action: t(`versionActions.${version.action}`), date: format.dateTime(version.publishedAt, { dateStyle: "medium", timeStyle: "short" }) };
            return (
              <li key={version.number} className={card.card}>
                <h2>{t("version", { number: version.number })}</h2>
                <p>{version.publishedBy ? t("publishedBy", { ...values, name: version.publishedBy.name }) : t("publishedByNobody", values)}</p>
                <DocumentChanges changes={version.changes} treatmentNames={history.treatmentNames} labels={{ before: t("before"), after: t("after") }} />
                {version === latest || !latest ? <p>{t("currentVersion")}</p> : <RestoreVersionForm kind={kind} itemId={itemId} number={version.number} latest={latest.number} />}
              </li>
            );
          })}
        </ol>
      </NextIntlClientProvider>
    </>
  );
}
