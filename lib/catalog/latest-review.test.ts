import { describe, expect, it } from "vitest";
import { latestReview } from "./latest-review";

describe("latestReview", () => {
  it("is the most recent review among the listed items", () => {
    const dates = ["2026-10-01", "2026-11-20", "2026-09-15"].map((day) => ({ reviewedOn: new Date(day) }));
    expect(latestReview(dates)?.toISOString().slice(0, 10)).toBe("2026-11-20");
  });

  it("is absent for an empty list rather than a made-up date", () => {
    expect(latestReview([])).toBeNull();
  });
});
