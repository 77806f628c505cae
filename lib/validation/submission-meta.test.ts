import { describe, expect, it } from "vitest";
import { submissionMetaSchema } from "./submission-meta";

describe("submissionMetaSchema", () => {
  it("keeps valid attribution", () => {
    const meta = submissionMetaSchema.parse({
      formToken: "1.x",
      timeZone: "Europe/Kyiv",
      utm: { utm_source: "newsletter" },
      referrer: "https://search.example/",
    });
    expect(meta).toMatchObject({ website: "", utm: { utm_source: "newsletter" }, referrer: "https://search.example/" });
  });

  it("drops malformed attribution instead of refusing the request", () => {
    const meta = submissionMetaSchema.parse({ formToken: "1.x", timeZone: "Europe/Kyiv", utm: { utm_evil: "x" }, referrer: 42 });
    expect(meta.utm).toBeUndefined();
    expect(meta.referrer).toBeUndefined();
  });

  it("refuses an unknown time zone and unknown fields", () => {
    expect(submissionMetaSchema.safeParse({ formToken: "1.x", timeZone: "Mars/Olympus" }).success).toBe(false);
    expect(submissionMetaSchema.safeParse({ formToken: "1.x", timeZone: "UTC", admin: true }).success).toBe(false);
  });
});
