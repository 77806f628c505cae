import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { defaultSettings } from "@/lib/validation/settings";
import { getSettings, resetSetting, updateSetting } from "@/lib/settings/settings";

describe("settings", () => {
  afterEach(async () => {
    await resetSetting("responseMinutes");
    await resetSetting("rateLimit");
  });

  it("uses the defaults until a value is stored", async () => {
    expect((await getSettings()).responseMinutes).toBe(defaultSettings.responseMinutes);
    await updateSetting("responseMinutes", 45);
    expect((await getSettings()).responseMinutes).toBe(45);
  });

  it("refuses to store an invalid value", async () => {
    await expect(updateSetting("rateLimit", { max: 0, windowSeconds: 600 })).rejects.toThrow();
    expect((await getSettings()).rateLimit).toEqual(defaultSettings.rateLimit);
  });

  it("falls back to the default when a stored value no longer fits the schema", async () => {
    await db.setting.create({ data: { key: "rateLimit", value: { max: "many" } } });
    expect((await getSettings()).rateLimit).toEqual(defaultSettings.rateLimit);
  });
});
