"use client";

import { useRef, useState, useTransition } from "react";
import { idle, type ActionState, type StaffRefusal } from "@/lib/auth/action-state";
import { useRouter } from "@/lib/i18n/navigation";
import { publishClinic, publishDoctor, saveClinicDraft, saveDoctorDraft } from "@/lib/catalog-editing/actions";
import type { PublishOutcome } from "@/lib/catalog-editing/item-editing";
import type { OutdatedField } from "@/lib/catalog-editing/translation-status";
import type { CatalogItemKind } from "@/lib/generated/prisma/enums";
import { editorPath } from "./editor-paths";

/** Where the editor's copy stands: the draft it saves into (and that draft's revision) or the version it started from. */
export interface EditorPosition {
  /** The published item; undefined for a new one until its first publish. */
  itemId?: string;
  draftId?: string;
  revision?: number;
  baseVersion?: number;
}

export type EditorOutcome = ActionState<PublishOutcome> | { result: "network" | "checkFields" | StaffRefusal };

const actions = { CLINIC: { save: saveClinicDraft, publish: publishClinic }, DOCTOR: { save: saveDoctorDraft, publish: publishDoctor } };

/**
 * Saves or publishes the editor's clinic or doctor; `onSaved` hears of every save with the translations it left
 * outdated. After a conflict the editor's next save goes over the other editor's draft they have just been shown;
 * after publishing, the next save starts a new draft from that version.
 */
export function useEditorActions<Document>(kind: CatalogItemKind, start: EditorPosition, onSaved: (document: Document, outdatedTranslations: OutdatedField[]) => void) {
  const position = useRef(start);
  const router = useRouter();
  const [outcome, setOutcome] = useState<EditorOutcome | null>(null);
  const [pending, startTransition] = useTransition();
  const send = (intent: "save" | "publish", document: Document, confirmedTranslations: OutdatedField[] = []) =>
    startTransition(async () => {
      const form = new FormData();
      for (const [name, value] of Object.entries(position.current)) if (value !== undefined) form.set(name, String(value));
      form.set("document", JSON.stringify(document));
      if (confirmedTranslations.length) form.set("confirmedTranslations", JSON.stringify(confirmedTranslations));
      try {
        const state = await actions[kind][intent](idle, form);
        if ("draftId" in state && typeof state.draftId === "string" && "revision" in state) {
          position.current = { ...position.current, draftId: state.draftId, revision: state.revision as number };
          // A new item's draft keeps its address, so a reload or a shared link opens it again.
          if (!position.current.itemId) window.history.replaceState(null, "", `?draft=${state.draftId}`);
        }
        if (state.result === "published" && "itemId" in state) {
          position.current = { itemId: state.itemId as string, baseVersion: state.version as number };
          // A new item has its own address from now on; the editor goes on there.
          if (!start.itemId) router.replace(editorPath(kind, state.itemId as string));
        }
        if (state.result === "outdated" && "latest" in state) position.current = { ...position.current, baseVersion: state.latest as number };
        if ("outdatedTranslations" in state) onSaved(document, state.outdatedTranslations as OutdatedField[]);
        setOutcome(state as EditorOutcome);
      } catch {
        setOutcome({ result: "network" });
      }
    });
  return { outcome, setOutcome, pending, send };
}
