import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { withPasswordFile } from "./embedded-postgres-server";

describe("the password file initdb reads", () => {
  let near: string;
  beforeEach(async () => {
    near = await mkdtemp(path.join(os.tmpdir(), "careport-password-file-"));
  });
  afterEach(() => rm(near, { recursive: true, force: true }));

  it("is readable by its owner only while initdb runs, then gone", async () => {
    let seen = "";
    await withPasswordFile(near, "s3cret", undefined, async (file) => {
      seen = file;
      expect(await readFile(file, "utf8")).toBe("s3cret\n");
      expect((await stat(file)).mode & 0o077).toBe(0);
      expect((await stat(path.dirname(file))).mode & 0o077).toBe(0);
    });
    expect(existsSync(seen)).toBe(false);
    expect(existsSync(path.dirname(seen))).toBe(false);
  });

  it("is gone when initdb fails too", async () => {
    let seen = "";
    const failing = withPasswordFile(near, "s3cret", undefined, async (file) => {
      seen = file;
      throw new Error("initdb failed");
    });
    await expect(failing).rejects.toThrow("initdb failed");
    expect(existsSync(path.dirname(seen))).toBe(false);
  });
});
