import { describe, expect, it } from "vitest";
import { daysSince, isPriceStale } from "./price-freshness";

const checkedOn = new Date("2026-03-12T00:00:00Z");
const daysAfterCheck = (days: number, time = "00:00:00") => new Date(Date.parse(`2026-03-12T${time}Z`) + days * 86_400_000);

describe("price freshness", () => {
  it("counts whole calendar days since the check, whatever the time of day", () => {
    expect(daysSince(checkedOn, daysAfterCheck(0, "23:59:59"))).toBe(0);
    expect(daysSince(checkedOn, daysAfterCheck(1, "00:00:01"))).toBe(1);
    expect(daysSince(checkedOn, daysAfterCheck(180, "18:30:00"))).toBe(180);
  });

  it("keeps a price checked exactly the allowed number of days ago fresh, and marks it stale a day later", () => {
    expect(isPriceStale(checkedOn, daysAfterCheck(180, "23:59:59"), 180)).toBe(false);
    expect(isPriceStale(checkedOn, daysAfterCheck(181), 180)).toBe(true);
  });

  it("keeps a price checked today fresh even with the shortest setting", () => {
    expect(isPriceStale(checkedOn, daysAfterCheck(0, "12:00:00"), 1)).toBe(false);
    expect(isPriceStale(checkedOn, daysAfterCheck(2), 1)).toBe(true);
  });

  it("never calls a price checked after now stale", () => {
    expect(isPriceStale(checkedOn, daysAfterCheck(-5), 1)).toBe(false);
  });
});
