"use server";

import { byActor, staffAction } from "@/lib/auth/action-client";
import { clinicDraftSchema, doctorDraftSchema, moveSchema, publicationSchema, restoreVersionSchema } from "@/lib/validation/catalog-editing";
import { publishItem, restoreItemVersion, saveItemDraft, setItemPublication } from "./item-editing";
import { moveItem } from "./item-order";

// Publishing and restoring refresh the public pages on every instance themselves (lib/page-refresh.ts); the editor's
// pages are dynamic, and the history page is revalidated for the restore's own answer.

export const saveClinicDraft = staffAction({ name: "saveClinicDraft", role: "editor", schema: clinicDraftSchema, work: byActor((actorId, input) => saveItemDraft("CLINIC", actorId, input)) });

export const publishClinic = staffAction({ name: "publishClinic", role: "editor", schema: clinicDraftSchema, work: byActor((actorId, input) => publishItem("CLINIC", actorId, input)) });

export const restoreClinicVersion = staffAction({
  name: "restoreClinicVersion",
  role: "editor",
  schema: restoreVersionSchema,
  work: byActor((actorId, input) => restoreItemVersion("CLINIC", actorId, input)),
  revalidate: { path: "/[locale]/admin/catalog/clinics/[id]/history", on: ["restored"] },
});

export const saveDoctorDraft = staffAction({ name: "saveDoctorDraft", role: "editor", schema: doctorDraftSchema, work: byActor((actorId, input) => saveItemDraft("DOCTOR", actorId, input)) });

export const publishDoctor = staffAction({ name: "publishDoctor", role: "editor", schema: doctorDraftSchema, work: byActor((actorId, input) => publishItem("DOCTOR", actorId, input)) });

export const restoreDoctorVersion = staffAction({
  name: "restoreDoctorVersion",
  role: "editor",
  schema: restoreVersionSchema,
  work: byActor((actorId, input) => restoreItemVersion("DOCTOR", actorId, input)),
  revalidate: { path: "/[locale]/admin/catalog/doctors/[id]/history", on: ["restored"] },
});

export const setClinicPublication = staffAction({
  name: "setClinicPublication",
  role: "editor",
  schema: publicationSchema,
  work: byActor((actorId, input) => setItemPublication("CLINIC", actorId, input)),
  revalidate: { path: "/[locale]/admin/catalog/clinics/[id]", on: ["unpublished", "republished"] },
});

export const setDoctorPublication = staffAction({
  name: "setDoctorPublication",
  role: "editor",
  schema: publicationSchema,
  work: byActor((actorId, input) => setItemPublication("DOCTOR", actorId, input)),
  revalidate: { path: "/[locale]/admin/catalog/doctors/[id]", on: ["unpublished", "republished"] },
});

export const moveClinic = staffAction({ name: "moveClinic", role: "editor", schema: moveSchema, work: byActor((actorId, input) => moveItem("CLINIC", actorId, input)), revalidate: { path: "/[locale]/admin/catalog", on: ["moved"] } });

export const moveDoctor = staffAction({ name: "moveDoctor", role: "editor", schema: moveSchema, work: byActor((actorId, input) => moveItem("DOCTOR", actorId, input)), revalidate: { path: "/[locale]/admin/catalog", on: ["moved"] } });
