import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { Fragment, type ReactNode } from "react";
import { AdminBar } from "@/components/admin/admin-bar";
import type { CatalogItemKind } from "@/lib/generated/prisma/client";
import type { StaffSession } from "@/lib/auth/staff-session";
import type { loadItemForEditing } from "@/lib/catalog-editing/item-editor-state";
import { languageName } from "@/lib/i18n/display-names";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/link";
import { translationLocales } from "@/lib/validation/catalog-content/fields";
import layout from "@/components/ui/layout.module.css";
import text from "@/components/ui/text.module.css";
import type { EditorPosition } from "./use-editor-actions";
import { editorPath } from "./editor-paths";
import { PublicationForm } from "./publication-form";

type EditorState = NonNullable<Awaited<ReturnType<typeof loadItemForEditing>>>;

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
  const path = editorPath(kind, state.itemId);
  const position = { itemId: state.itemId, draftId: state.draft?.id, revision: state.draft?.revision, baseVersion: state.draft ? undefined : state.baseVersion };
  return (
    <div className={layout.page}>
      <AdminBar staff={staff} locale={locale} />
      <p>
        <Link href="/admin/catalog">{t("backToCatalog")}</Link> · <Link href={`${path}/history`}>{t(kind === "CLINIC" ? "historyLink" : "doctorHistoryLink")}</Link>
        {kind === "CLINIC" && (
          <>
            {" · "}
            <Link href={`${path}/preview`}>{t("draftPreview.link")}</Link>
          </>
        )}
      </p>
      <h1 lang="en" dir="ltr">
        {state.document.text.en.name}
      </h1>
      <p className={text.lead}>
        {state.draft
          ? t("editingDraft", { item, name: state.draftBy ?? t("someone"), date: when(state.draft.savedAt) })
          : state.baseVersion
            ? t("editingPublished", { item, number: state.baseVersion })
            : t("editingUnversioned", { item })}
      </p>
      <NextIntlClientProvider messages={{ Admin: messages.Admin, Specialties: messages.Specialties }}>
        <PublicationForm kind={kind} itemId={state.itemId} unpublished={state.unpublished} latest={state.baseVersion} />
        {/* Taking the item off the site or back publishes a version: the form then starts again from it. */}
        <Fragment key={state.baseVersion}>{editor({ position, languages: translationLocales.map((code) => ({ locale: code, name: languageName(locale, code) })) })}</Fragment>
      </NextIntlClientProvider>
    </div>
  );
}
