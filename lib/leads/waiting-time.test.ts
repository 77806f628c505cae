import { describe, expect, it } from "vitest";
import { waitingTime } from "./waiting-time";

const createdAt = new Date("2026-11-23T10:00:00Z");
const respondBy = new Date("2026-11-23T10:30:00Z");

describe("waitingTime", () => {
  it("runs while the lead is new and becomes overdue after the promised time", () => {
    expect(waitingTime({ createdAt, respondBy, firstContactedAt: null, status: "NEW" }, new Date("2026-11-23T10:20:00Z"))).toMatchObject({ running: true, overdue: false, minutes: 20 });
    expect(waitingTime({ createdAt, respondBy, firstContactedAt: null, status: "NEW" }, new Date("2026-11-24T12:05:00Z"))).toMatchObject({ running: true, overdue: true, days: 1, hours: 2, minutes: 5 });
  });

  it("stops at the first contact, and remembers whether the promise was kept", () => {
    const late = { createdAt, respondBy, firstContactedAt: new Date("2026-11-23T11:15:00Z"), status: "QUALIFIED" };
    expect(waitingTime(late, new Date("2026-11-30T00:00:00Z"))).toMatchObject({ running: false, overdue: true, hours: 1, minutes: 15 });
    const onTime = { ...late, firstContactedAt: new Date("2026-11-23T10:10:00Z") };
    expect(waitingTime(onTime)).toMatchObject({ running: false, overdue: false, minutes: 10 });
  });
});
