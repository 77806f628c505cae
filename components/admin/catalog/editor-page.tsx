import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { Fragment, type ReactNode } from "react";
import { AdminBar } from "@/components/admin/admin-bar";
import type { CatalogItemKind } from "@/lib/generated/prisma/client";
import type { StaffSession } from "@/lib/auth/staff-session";
import { languageName } from "@/lib/i18n/display-names";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/link";
import { translationLocales } from "@/lib/validation/catalog-content/fields";
import layout from "@/components/ui/layout.module.css";
import text from "@/components/ui/text.module.css";
import type { EditorPosition } from "./use-editor-actions";
import { editorPath } from "./editor-paths";
import { PublicationForm } from "./publication-form";

/** Where an item's editor starts: a published item (with its id) or a new one, and its draft if there is one. */
interface EditorState {
  itemId: string | undefined;
  document: { text: { en: { name: string } } };
  draft?: { id: string; revision: number; savedAt: Date };
  baseVersion: number | undefined;
  unpublished: boolean;
  draftBy?: string;
}

/**
 * An item's editor page around its form: the way back, its history and preview, its English name and whether a draft
 * is being edited. `editor` gets where the form starts from and the translations it can show.
 */
export async function EditorPage({
  kind,
  state,
  staff,
  locale,
  editor,
}: {
  kind: CatalogItemKind;
  state: EditorState;
  staff: StaffSession;
  locale: Locale;
  editor: (start: { position: EditorPosition; languages: { locale: (typeof translationLocales)[number]; name: string }[] }) => ReactNode;
}) {
  const [t, format, messages] = await Promise.all([getTranslations("Admin.catalog"), getFormatter(), getMessages()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const item = kind === "CLINIC" ? "clinic" : "doctor";
  const { itemId } = state;
  const position = { itemId, draftId: state.draft?.id, revision: state.draft?.revision, baseVersion: state.draft ? undefined : state.baseVersion };
  const name = state.document.text.en.name;
  return (
    <div className={layout.page}>
      <AdminBar staff={staff} locale={locale} />
      <p>
        <Link href="/admin/catalog">{t("backToCatalog")}</Link>
        {itemId && (
          <>
            {" · "}
            <Link href={`${editorPath(kind, itemId)}/history`}>{t(kind === "CLINIC" ? "historyLink" : "doctorHistoryLink")}</Link>
            {" · "}
            <Link href={`${editorPath(kind, itemId)}/preview`}>{t("draftPreview.link")}</Link>
          </>
        )}
      </p>
      {name ? (
        <h1 lang="en" dir="ltr">
          {name}
        </h1>
      ) : (
        <h1>{t("newItem", { item })}</h1>
      )}
      <p className={text.lead}>
        {!itemId
          ? t("editingNew", { item })
          : state.draft
            ? t("editingDraft", { item, name: state.draftBy ?? t("someone"), date: when(state.draft.savedAt) })
            : state.baseVersion
              ? t("editingPublished", { item, number: state.baseVersion })
              : t("editingUnversioned", { item })}
      </p>
      <NextIntlClientProvider messages={{ Admin: messages.Admin, Specialties: messages.Specialties }}>
        {itemId && <PublicationForm kind={kind} itemId={itemId} unpublished={state.unpublished} latest={state.baseVersion} />}
        {/* Taking the item off the site or back publishes a version: the form then starts again from it. */}
        <Fragment key={state.baseVersion}>{editor({ position, languages: translationLocales.map((code) => ({ locale: code, name: languageName(locale, code) })) })}</Fragment>
      </NextIntlClientProvider>
    </div>
  );
}
