"use client";

import NextLink from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { noticeClassName } from "@/components/ui/notice";
import { DocumentChanges } from "./document-changes";
import type { CatalogItemKind } from "@/lib/generated/prisma/enums";
import type { EditorOutcome } from "./use-editor-actions";

/** What saving or publishing answered, focused when it changes so a screen reader says it. */
export function EditorOutcomeNotice({ kind, outcome, treatmentNames }: { kind: CatalogItemKind; outcome: EditorOutcome | null; treatmentNames: Record<string, string> }) {
  const t = useTranslations("Admin");
  const format = useFormatter();
  const locale = useLocale();
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => notice.current?.focus(), [outcome]);
  if (!outcome) return null;
  const ok = outcome.result === "saved" || outcome.result === "published";
  const changes = "changes" in outcome ? outcome.changes : [];
  const item = kind === "CLINIC" ? "clinic" : "doctor";
  return (
    <div ref={notice} tabIndex={-1} role={ok ? "status" : "alert"} className={noticeClassName(ok ? "info" : "error")}>
      {outcome.result === "published" && "slug" in outcome ? (
        <p>
          {t("catalog.published", { version: outcome.version })} <NextLink href={`/${locale}/${kind === "CLINIC" ? "clinics" : "doctors"}/${outcome.slug}`}>{t("catalog.viewPublic")}</NextLink>
        </p>
      ) : outcome.result === "conflict" && "at" in outcome ? (
        <>
          <p>{t("catalog.conflict", { item, name: outcome.by ?? t("catalog.someone"), time: format.dateTime(new Date(outcome.at), { timeStyle: "short" }) })}</p>
          <h2>{t("catalog.conflictChanges")}</h2>
          <DocumentChanges changes={changes} treatmentNames={treatmentNames} labels={{ before: t("catalog.yours"), after: t("catalog.theirs") }} />
        </>
      ) : outcome.result === "outdated" ? (
        <>
          <p>{t("catalog.outdated", { item })}</p>
          <h2>{t("catalog.outdatedChanges")}</h2>
          <DocumentChanges changes={changes} treatmentNames={treatmentNames} labels={{ before: t("catalog.yours"), after: t("catalog.theirs") }} />
        </>
      ) : outcome.result === "invalid" ? (
        <>
          <p>{"errors" in outcome ? t("catalog.invalid") : t("catalog.checkFields")}</p>
          <ul>
            {("errors" in outcome ? outcome.errors : Object.entries(outcome.fields ?? {}).map(([field, message]) => `${field}: ${message}`)).map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{outcome.result === "saved" || outcome.result === "gone" || outcome.result === "checkFields" ? t(`catalog.${outcome.result}`, { item }) : outcome.result === "network" ? t("errors.network") : t(`action.${outcome.result}`)}</p>
      )}
    </div>
  );
}
