import { describe, expect, it } from "vitest";
import { adminReturnPath } from "./return-path";

describe("adminReturnPath", () => {
  it("keeps a path inside the locale's admin area", () => {
    expect(adminReturnPath("/en/admin/leads/abc123", "en")).toBe("/en/admin/leads/abc123");
    expect(adminReturnPath("/ar/admin/leads?status=NEW", "ar")).toBe("/ar/admin/leads?status=NEW");
  });

  it("refuses other sites, other areas, other locales and the sign-in page itself", () => {
    for (const next of ["//evil.example/en/admin", "https://evil.example", "/\\evil.example", "/en/clinics", "/de/admin/leads", "/en/admin//evil", "/en/admin/sign-in", null, ""]) {
      expect(adminReturnPath(next, "en")).toBe("/en/admin");
    }
  });
});
