import { afterAll, beforeAll } from "vitest";
import { db } from "@/lib/db";

/**
 * For a test file that saves settings: puts the stored settings back afterwards. Files running at the same time have
 * databases of their own, but the files a worker runs one after another share its database.
 */
export function preserveSettings() {
  let saved: { key: string; value: object }[] = [];
  beforeAll(async () => {
    saved = (await db.setting.findMany({ select: { key: true, value: true } })) as { key: string; value: object }[];
  });
  afterAll(async () => {
    await db.$transaction([db.setting.deleteMany(), db.setting.createMany({ data: saved })]);
  });
}
