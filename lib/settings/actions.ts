"use server";

import { staffAction } from "@/lib/auth/action-client";
import { operatorSettingsInput, settingsFormInput } from "@/lib/validation/settings-form";
import { updateOperatorSettings } from "./operator-settings";
import { updateSettings } from "./settings";

/** The price staleness threshold shows on catalog pages, so this instance regenerates them all; others within the hour. */
export const saveSettings = staffAction({
  name: "saveSettings",
  role: "admin",
  schema: settingsFormInput,
  work: async (settings) => {
    await updateSettings(settings);
    return "done";
  },
  revalidate: { path: "/[locale]", type: "layout" },
});

/** Who runs the site is on every public page, most of them generated at build time: all of them are regenerated. */
export const saveOperatorSettings = staffAction({
  name: "saveOperatorSettings",
  role: "admin",
  schema: operatorSettingsInput,
  work: updateOperatorSettings,
  revalidate: { path: "/[locale]", type: "layout" },
});
