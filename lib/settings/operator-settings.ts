import "server-only";
import { cache } from "react";
import { demoContentPublished } from "@/lib/catalog/demo-content";
import type * as z from "@/lib/validation/zod";
import type { operatorSettingsSchema } from "@/lib/validation/settings";
import { getSettings, updateSettings } from "./settings";

type OperatorSettings = z.output<typeof operatorSettingsSchema>;

/** Saves who runs the site; hiding the demo notice while demo content is published is refused, and nothing is saved. */
export async function updateOperatorSettings({ operator, hideDemoNotice }: OperatorSettings) {
  if (hideDemoNotice && (await demoContentPublished())) {
    return { result: "invalid", fields: { hideDemoNotice: "demoContentPublished" } } as const;
  }
  await updateSettings({ operator, hideDemoNotice });
  return "done" as const;
}

/**
 * What every public page shows of the settings: who runs the site, and whether to say it is a demo. Read once per
 * render (React cache), however many parts of the page ask.
 */
export const publicSiteSettings = cache(async () => {
  const { operator, hideDemoNotice } = await getSettings();
  // Checked again here, so demo content published after the notice was hidden brings the notice back.
  const showDemoNotice = !hideDemoNotice || (await demoContentPublished());
  return { operator, showDemoNotice };
});
