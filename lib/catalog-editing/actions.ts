"use server";

import { byActor, staffAction } from "@/lib/auth/action-client";
import { clinicDraftSchema, restoreVersionSchema } from "@/lib/validation/catalog-editing";
import { publishClinic as publishClinicAs, restoreClinicVersion as restoreClinicVersionAs, saveClinicDraft as saveClinicDraftAs } from "./clinic-editing";

export const saveClinicDraft = staffAction({ name: "saveClinicDraft", role: "editor", schema: clinicDraftSchema, work: byActor(saveClinicDraftAs) });

/** Publishing refreshes the public pages on every instance itself (lib/page-refresh.ts); the editor's pages are dynamic. */
export const publishClinic = staffAction({ name: "publishClinic", role: "editor", schema: clinicDraftSchema, work: byActor(publishClinicAs) });

export const restoreClinicVersion = staffAction({
  name: "restoreClinicVersion",
  role: "editor",
  schema: restoreVersionSchema,
  work: byActor(restoreClinicVersionAs),
  revalidate: { path: "/[locale]/admin/catalog/clinics/[id]/history", on: ["restored"] },
});
