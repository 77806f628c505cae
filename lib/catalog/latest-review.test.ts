import { describe, expect, it } from "vitest";
import { latestReview } from "./latest-review";

const reviewer = (key: string) => ({ key, name: `Dr ${key}`, qualification: "Hepatologist", isFictionalSample: false });
const reviewed = (day: string, by: string | null) => ({ reviewedOn: new Date(day), reviewer: by ? reviewer(by) : null });

describe("latestReview", () => {
  it("is the most recent review among the listed items, by the one reviewer of them all", () => {
    const review = latestReview([reviewed("2026-10-01", "halvorsen"), reviewed("2026-11-20", "halvorsen"), reviewed("2026-09-15", "halvorsen")]);
    expect(review.reviewedOn?.toISOString().slice(0, 10)).toBe("2026-11-20");
    expect(review.reviewer?.name).toBe("Dr halvorsen");
  });

  it("names no one when the items were reviewed by different people, or one of them by no one", () => {
    expect(latestReview([reviewed("2026-10-01", "halvorsen"), reviewed("2026-11-20", "okafor")]).reviewer).toBeNull();
    expect(latestReview([reviewed("2026-10-01", "halvorsen"), reviewed("2026-11-20", null)]).reviewer).toBeNull();
    expect(latestReview([reviewed("2026-10-01", null)]).reviewer).toBeNull();
  });

  it("is absent for an empty list rather than a made-up date", () => {
    expect(latestReview([])).toEqual({ reviewedOn: null, reviewer: null });
  });
});
