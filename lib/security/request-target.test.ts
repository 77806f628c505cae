import { describe, expect, it } from "vitest";
import { isRoutablePath } from "./request-target";

describe("isRoutablePath", () => {
  it("accepts ordinary paths, encoded non-Latin ones and any query string", () => {
    for (const url of ["/", "/en/clinics/quellenried-liver-oncology-clinic", "/ar/%D8%B9", "/en/admin/leads?q=%C0%80", "/api/admin/files/abc"]) {
      expect(isRoutablePath(url), url).toBe(true);
    }
  });

  it("refuses broken percent-encoding and control characters in the path", () => {
    for (const url of ["/en/%ZZ", "/%C0%80", "/en/clinics/%E0%A4%A", "/en/clinics/%00", "/en/%0d%0aSet-Cookie:x", "/a\u0000b", "/x%7f"]) {
      expect(isRoutablePath(url), url).toBe(false);
    }
  });
});
