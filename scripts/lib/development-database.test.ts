import { existsSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { dataDir, withDevelopmentDatabase } from "./development-database";

describe("the development database of the scripts (db:seed, db:migrate)", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is refused in production when DATABASE_URL is not set, instead of being started in .data/", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("DATABASE_URL", undefined);
    const hadData = existsSync(dataDir);
    const work = vi.fn(async () => "seeded");
    await expect(withDevelopmentDatabase(work)).rejects.toThrow("DATABASE_URL is not set");
    expect(work).not.toHaveBeenCalled();
    expect(existsSync(dataDir)).toBe(hadData);
  });
});
