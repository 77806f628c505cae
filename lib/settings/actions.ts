"use server";

import { staffAction } from "@/lib/auth/action-client";
import { settingsFormInput } from "@/lib/validation/settings-form";
import { updateSettings } from "./settings";

export const saveSettings = staffAction({
  name: "saveSettings",
  role: "admin",
  schema: settingsFormInput,
  work: async (settings) => {
    await updateSettings(settings);
    return "done";
  },
  revalidate: { path: "/[locale]/admin/settings" },
});
