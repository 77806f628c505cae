import { setTimeout as sleep } from "node:timers/promises";
import { settingsSchema } from "@/lib/validation/settings";
import { queryDatabase } from "./database";

/** The time trap's setting as the app reads it: the stored value, or the default while none is stored. */
async function minFillSeconds(): Promise<number> {
  const [row] = await queryDatabase<{ value: unknown }>(`SELECT "value" FROM "Setting" WHERE "key" = 'minFillSeconds'`);
  return settingsSchema.shape.minFillSeconds.parse(row?.value);
}

/**
 * Waits until a form whose token was handed out no later than `openedAt` (ms) has been open as long as the time trap
 * asks, so the request is not quarantined as too fast. Filling the form usually took longer already: then it returns
 * at once.
 */
export async function waitOutTimeTrap(openedAt: number) {
  const remaining = openedAt + (await minFillSeconds()) * 1000 - Date.now();
  if (remaining > 0) await sleep(remaining);
}
