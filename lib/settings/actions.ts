"use server";

import { staffAction } from "@/lib/auth/action-client";
import { announcePagesChanged } from "@/lib/page-refresh";
import { operatorSettingsInput, settingsFormInput } from "@/lib/validation/settings-form";
import { updateOperatorSettings } from "./operator-settings";
import { updateSettings } from "./settings";

/** The price staleness threshold shows on catalog pages: every instance regenerates them. */
export const saveSettings = staffAction({
  name: "saveSettings",
  role: "admin",
  schema: settingsFormInput,
  work: async (settings) => {
    await updateSettings(settings);
    await announcePagesChanged();
    return "done";
  },
  revalidate: { path: "/[locale]", type: "layout" },
});

/** Who runs the site is on every public page, most of them generated at build time: every instance regenerates them. */
export const saveOperatorSettings = staffAction({
  name: "saveOperatorSettings",
  role: "admin",
  schema: operatorSettingsInput,
  work: async (settings) => {
    const outcome = await updateOperatorSettings(settings);
    if (outcome === "done") await announcePagesChanged();
    return outcome;
  },
  revalidate: { path: "/[locale]", type: "layout" },
});
