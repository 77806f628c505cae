import { describe, expect, it } from "vitest";
import { computeRespondBy, describeRespondBy, type WorkingHours } from "./respond-by";

const nineToSix = [{ start: "09:00", end: "18:00" }];
const office = (timeZone: string): WorkingHours => ({
  timeZone,
  week: { 1: nineToSix, 2: nineToSix, 3: nineToSix, 4: nineToSix, 5: nineToSix, 6: [{ start: "10:00", end: "14:00" }], 7: [] },
});
const allDay = [{ start: "00:00", end: "24:00" }];
const alwaysOpen = (timeZone: string): WorkingHours => ({
  timeZone,
  week: { 1: allDay, 2: allDay, 3: allDay, 4: allDay, 5: allDay, 6: allDay, 7: allDay },
});

const respondBy = (receivedIso: string, hours: WorkingHours, minutes = 60) =>
  computeRespondBy(new Date(receivedIso), hours, minutes).toISOString();

// January 2026 in Berlin is CET (UTC+1): Tue 6th, Wed 7th, Fri 9th, Sat 10th, Sun 11th, Mon 12th.
describe("computeRespondBy in Europe/Berlin office hours", () => {
  const berlin = office("Europe/Berlin");

  it("adds the response time within an open interval", () => {
    expect(respondBy("2026-01-06T09:15:00Z", berlin)).toBe("2026-01-06T10:15:00.000Z"); // Tue 10:15 → 11:15
  });

  it("starts counting at opening when received before it", () => {
    expect(respondBy("2026-01-06T06:00:00Z", berlin)).toBe("2026-01-06T09:00:00.000Z"); // Tue 07:00 → 10:00
  });

  it("carries time that runs past closing to the next opening", () => {
    expect(respondBy("2026-01-06T16:30:00Z", berlin)).toBe("2026-01-07T08:30:00.000Z"); // Tue 17:30 → Wed 09:30
    expect(respondBy("2026-01-06T16:00:00Z", berlin)).toBe("2026-01-06T17:00:00.000Z"); // Tue 17:00 → 18:00 sharp
  });

  it("rolls into the shorter Saturday and over the closed Sunday", () => {
    expect(respondBy("2026-01-09T19:00:00Z", berlin)).toBe("2026-01-10T10:00:00.000Z"); // Fri 20:00 → Sat 11:00
    expect(respondBy("2026-01-10T12:30:00Z", berlin)).toBe("2026-01-12T08:30:00.000Z"); // Sat 13:30 → Mon 09:30
    expect(respondBy("2026-01-11T11:00:00Z", berlin)).toBe("2026-01-12T09:00:00.000Z"); // Sun 12:00 → Mon 10:00
  });

  it("spans several working days for long response times", () => {
    // Tue 10:00 + 10 h: 8 h on Tuesday, 2 h on Wednesday.
    expect(respondBy("2026-01-06T09:00:00Z", berlin, 600)).toBe("2026-01-07T10:00:00.000Z");
  });

  it("skips a lunch break between two intervals of one day", () => {
    const split = [
      { start: "14:00", end: "18:00" }, // deliberately out of order
      { start: "09:00", end: "13:00" },
    ];
    const lunch: WorkingHours = { ...berlin, week: { ...berlin.week, 2: split } };
    expect(respondBy("2026-01-06T11:30:00Z", lunch)).toBe("2026-01-06T13:30:00.000Z"); // Tue 12:30 → 14:30
    expect(respondBy("2026-01-06T12:20:00Z", lunch)).toBe("2026-01-06T14:00:00.000Z"); // Tue 13:20 → 15:00
  });

  it("treats 24:00 as midnight, continuous with the next day's 00:00", () => {
    const night: WorkingHours = {
      timeZone: "Europe/Berlin",
      week: { 1: [{ start: "22:00", end: "24:00" }], 2: [{ start: "00:00", end: "02:00" }], 3: [], 4: [], 5: [], 6: [], 7: [] },
    };
    expect(respondBy("2026-01-12T22:30:00Z", night)).toBe("2026-01-12T23:30:00.000Z"); // Mon 23:30 → Tue 00:30
  });
});

describe("computeRespondBy around Europe/Berlin DST changes", () => {
  const berlin = office("Europe/Berlin");

  it("is exactly the response time later for a 24/7 service", () => {
    expect(respondBy("2026-01-06T09:15:42.123Z", alwaysOpen("Europe/Berlin"), 90)).toBe("2026-01-06T10:45:42.123Z");
    // 2026-03-29 01:30 CET → 03:30 CEST: the skipped hour is not counted twice.
    expect(respondBy("2026-03-29T00:30:00Z", alwaysOpen("Europe/Berlin"))).toBe("2026-03-29T01:30:00.000Z");
    // 2026-10-25 02:30 CEST → 02:30 CET: the repeated hour is working time too.
    expect(respondBy("2026-10-25T00:30:00Z", alwaysOpen("Europe/Berlin"))).toBe("2026-10-25T01:30:00.000Z");
  });

  it("gives an interval containing the skipped hour one hour less", () => {
    const sundayNight: WorkingHours = { ...berlin, week: { ...berlin.week, 7: [{ start: "00:00", end: "04:00" }] } };
    // Sun 01:30 CET → 04:00 CEST is 90 real minutes; the other 90 land on Monday at 10:30 CEST.
    expect(respondBy("2026-03-29T00:30:00Z", sundayNight, 180)).toBe("2026-03-30T08:30:00.000Z");
  });

  it("gives an interval containing the repeated hour one hour more", () => {
    const sundayNight: WorkingHours = { ...berlin, week: { ...berlin.week, 7: [{ start: "00:00", end: "04:00" }] } };
    // Sun 00:00 CEST + 270 min = 03:30 CET, still inside the (5 h long) interval.
    expect(respondBy("2026-10-24T22:00:00Z", sundayNight, 270)).toBe("2026-10-25T02:30:00.000Z");
  });

  it("places an opening next to the change on the right side of it", () => {
    // Sun 01:30 CET, one step before the gap; a single offset lookup would read it as 00:30 CET.
    const early: WorkingHours = { ...berlin, week: { ...berlin.week, 7: [{ start: "01:30", end: "05:00" }] } };
    expect(respondBy("2026-03-28T20:00:00Z", early, 30)).toBe("2026-03-29T01:00:00.000Z"); // → Sun 03:00 CEST
    // New York falls back on 2026-11-01 02:00 EDT → 01:00 EST; a 03:00 opening is 03:00 EST, not 02:00 EST.
    const ny = office("America/New_York");
    const sunday: WorkingHours = { ...ny, week: { ...ny.week, 7: [{ start: "03:00", end: "06:00" }] } };
    expect(respondBy("2026-11-01T04:00:00Z", sunday)).toBe("2026-11-01T09:00:00.000Z"); // Sun 00:00 EDT → 04:00 EST
  });

  it("opens on the new offset after a weekend with a DST change", () => {
    expect(respondBy("2026-03-28T12:30:00Z", berlin)).toBe("2026-03-30T07:30:00.000Z"); // Sat 13:30 CET → Mon 09:30 CEST
    expect(respondBy("2026-03-29T10:00:00Z", berlin)).toBe("2026-03-30T08:00:00.000Z"); // Sun 12:00 CEST → Mon 10:00 CEST
    expect(respondBy("2026-10-24T11:30:00Z", berlin)).toBe("2026-10-26T08:30:00.000Z"); // Sat 13:30 CEST → Mon 09:30 CET
  });
});

describe("computeRespondBy in other zones", () => {
  it("handles a half-hour offset (Asia/Kolkata, UTC+5:30)", () => {
    // Tue 17:30 IST → Wed 09:30 IST.
    expect(respondBy("2026-01-06T12:00:00Z", office("Asia/Kolkata"))).toBe("2026-01-07T04:00:00.000Z");
  });

  it("uses the local date when it differs from the UTC date (America/New_York, UTC−5)", () => {
    // Fri 20:00 EST is already Saturday in UTC; Saturday opens at 10:00 EST.
    expect(respondBy("2026-01-10T01:00:00Z", office("America/New_York"))).toBe("2026-01-10T16:00:00.000Z");
  });
});

describe("computeRespondBy fallbacks", () => {
  const closed: WorkingHours = { timeZone: "Europe/Berlin", week: { 1: [], 2: [], 3: [], 4: [], 5: [], 6: [], 7: [] } };

  it("falls back to plain elapsed time when there are no working hours", () => {
    expect(respondBy("2026-01-06T09:15:00Z", closed)).toBe("2026-01-06T10:15:00.000Z");
    const empty: WorkingHours = { ...closed, week: { ...closed.week, 1: [{ start: "10:00", end: "10:00" }] } };
    expect(respondBy("2026-01-06T09:15:00Z", empty)).toBe("2026-01-06T10:15:00.000Z");
  });

  it("falls back when the target does not fit into the scanned days", () => {
    expect(respondBy("2026-01-06T09:15:00Z", office("Europe/Berlin"), 100_000)).toBe(
      new Date(Date.parse("2026-01-06T09:15:00Z") + 100_000 * 60_000).toISOString(),
    );
  });

  it("returns receivedAt for a zero or negative response time", () => {
    expect(respondBy("2026-01-11T11:00:00Z", office("Europe/Berlin"), 0)).toBe("2026-01-11T11:00:00.000Z");
    expect(respondBy("2026-01-11T11:00:00Z", office("Europe/Berlin"), -5)).toBe("2026-01-11T11:00:00.000Z");
  });

  it("rejects malformed times instead of guessing", () => {
    const bad: WorkingHours = { ...closed, week: { ...closed.week, 2: [{ start: "9:00", end: "18:00" }] } };
    expect(() => respondBy("2026-01-06T09:15:00Z", bad)).toThrow(/Invalid working-hours time "9:00"/);
    const late: WorkingHours = { ...closed, week: { ...closed.week, 2: [{ start: "09:00", end: "24:30" }] } };
    expect(() => respondBy("2026-01-06T09:15:00Z", late)).toThrow(RangeError);
  });
});

describe("describeRespondBy", () => {
  const now = new Date("2026-01-06T09:00:00Z");

  it("formats the time and date in the visitor's zone and locale", () => {
    expect(describeRespondBy(new Date("2026-01-06T13:30:00Z"), "Europe/Berlin", "de-DE", now)).toEqual({
      time: "14:30",
      day: "today",
      date: "Dienstag, 6. Januar 2026",
    });
  });

  it("decides today/tomorrow on the visitor's calendar, not UTC", () => {
    const lateEvening = new Date("2026-01-07T00:30:00Z");
    expect(describeRespondBy(lateEvening, "Europe/Berlin", "de-DE", now)).toMatchObject({ time: "01:30", day: "tomorrow" });
    expect(describeRespondBy(lateEvening, "America/New_York", "de-DE", now)).toMatchObject({ time: "19:30", day: "today" });
  });

  it("reports later days and crosses year ends", () => {
    expect(describeRespondBy(new Date("2026-01-08T09:00:00Z"), "Europe/Berlin", "de-DE", now).day).toBe("later");
    const newYearsEve = new Date("2026-12-31T12:00:00Z");
    expect(describeRespondBy(new Date("2027-01-01T09:00:00Z"), "Asia/Kolkata", "de-DE", newYearsEve).day).toBe("tomorrow");
  });
});
