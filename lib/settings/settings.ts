import "server-only";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { defaultSettings, settingsSchema, type SettingKey, type Settings } from "@/lib/validation/settings";

/**
 * Current settings: stored values where valid, defaults elsewhere. A stored value that no longer fits the schema
 * (after an upgrade, say) falls back to its default rather than breaking the form.
 */
export async function getSettings(client: Pick<PrismaClient, "setting"> = db): Promise<Settings> {
  const rows = await client.setting.findMany();
  const settings: Record<string, unknown> = { ...defaultSettings };
  for (const row of rows) {
    const field = settingsSchema.shape[row.key as SettingKey];
    const parsed = field?.safeParse(row.value);
    if (parsed?.success) settings[row.key] = parsed.data;
  }
  return settings as Settings;
}

export async function updateSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
  const parsed = settingsSchema.shape[key].parse(value) as object;
  await db.setting.upsert({ where: { key }, create: { key, value: parsed }, update: { value: parsed } });
}

export async function resetSetting(key: SettingKey): Promise<void> {
  await db.setting.deleteMany({ where: { key } });
}

/**
 * Saves several settings at once: all of them or, if one is refused, none. A setting saved as null (no operator) is
 * removed, which reads back as its default, null: a JSON column holds no bare null.
 */
export async function updateSettings(values: Partial<Settings>): Promise<void> {
  const rows = Object.entries(values).map(([key, value]) => ({ key, value: settingsSchema.shape[key as SettingKey].parse(value) as object | null }));
  await db.$transaction(
    rows.map(({ key, value }) =>
      value === null ? db.setting.deleteMany({ where: { key } }) : db.setting.upsert({ where: { key }, create: { key, value }, update: { value } }),
    ),
  );
}
